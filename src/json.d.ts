// JSON modules are typed `unknown` and cast where loaded: letting tsc infer a type for the
// 1 MB knowledge artifact would slow every type check.
declare module '*.json' {
  const value: unknown
  export default value
}
