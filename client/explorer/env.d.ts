// Example operations are bundled as text (esbuild's text loader for .graphql).
declare module '*.graphql' {
  const text: string;
  export default text;
}
