/**
 * Money helpers. All amounts are integer fen; rounding is half-up to the fen (amounts are never
 * negative here, so half-up and half-away-from-zero agree).
 */

/** Yuan (may have decimals) to integer fen, half-up. */
export const yuanToFen = (yuan: number): number => Math.round(yuan * 100 + 1e-9)

/** Integer fen to yuan with two decimals. */
export const fenToYuan = (fen: number): number => Math.round(fen) / 100

/** Multiply fen by a factor and round half-up to the fen. */
export const mulFen = (fen: number, factor: number): number => Math.round(fen * factor + 1e-9)

/** Divide fen by a divisor and round half-up to the fen. */
export const divFen = (fen: number, divisor: number): number => Math.round(fen / divisor + 1e-9)

/** Format fen as "1,234.56元" for formulas. */
export const formatYuan = (fen: number): string =>
  `${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}元`
