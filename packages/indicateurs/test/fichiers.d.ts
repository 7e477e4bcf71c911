declare module "*?raw" {
  const contenu: string;
  export default contenu;
}
