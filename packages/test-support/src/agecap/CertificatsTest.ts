/**
 * Jeu de certificats de test pour le TLS mutuel : autorité de test (PEM), clé et certificat
 * du serveur pour `127.0.0.1`, certificat client signé par l'autorité dans un fichier P12
 * (PKCS#12) protégé par mot de passe, et un second P12 signé par une autre autorité (refusé).
 *
 * @example
 * ```ts
 * const { ca, serveur, client } = genererCertificatsTest();
 * ```
 */
export interface CertificatsTest {
  readonly ca: string;
  readonly serveur: { readonly cle: string; readonly certificat: string };
  readonly client: { readonly p12: Uint8Array; readonly motDePasse: string };
  readonly clientInconnu: { readonly p12: Uint8Array; readonly motDePasse: string };
}
