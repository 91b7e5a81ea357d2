export { compareVietnamese, slugify } from './slug.js';
