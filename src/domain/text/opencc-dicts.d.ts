// opencc-js exports its dictionaries as modules without typings; each one is a
// `"from to|from to|…"` string.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
