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

let twoDecimals: Intl.NumberFormat | undefined

/**
 * 12345.6 → "12,345.60": what `toLocaleString('en-US', { 2 fraction digits })` gives, from one
 * formatter made on first use. With options, toLocaleString builds a new Intl.NumberFormat on
 * every call (about 24 µs each in Node 22; a calculation answer formats several figures).
 */
export const formatTwoDecimals = (amount: number): string =>
  (twoDecimals ??= new Intl.NumberFormat('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  })).format(amount)

/** Format fen as "1,234.56元" for formulas. */
export const formatYuan = (fen: number): string => `${formatTwoDecimals(fen / 100)}元`
