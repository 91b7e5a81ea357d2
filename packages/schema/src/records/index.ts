export * from './event.js';
export * from './metric.js';
export * from './official.js';
export * from './organization.js';
export * from './place.js';
export * from './project.js';
export * from './source.js';
