// Import du contenu brut d'un fichier par Vite/Vitest (suffixe `?raw`), utilisé par les tests.
declare module "*?raw" {
  const contenu: string;
  export default contenu;
}
