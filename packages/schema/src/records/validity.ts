/** A validity interval whose end is not before its start (both optional: open ends). @internal */
export const validityIsOrdered = (v: { validFrom?: string | undefined; validUntil?: string | undefined }): boolean =>
  !v.validFrom || !v.validUntil || v.validUntil >= v.validFrom;
