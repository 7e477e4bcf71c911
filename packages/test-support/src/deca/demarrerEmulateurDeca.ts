import { demarrerServeurEmulateur, type EmulateurHttp, type RequeteEmulateur, type RouteEmulateur } from "../ServeurEmulateur";
import type { OptionsEmulateurDeca } from "./OptionsEmulateurDeca";

const DATE = /^\d{4}-\d{2}-\d{2}$/u;
const estObjet = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Démarre un émulateur local (node:http, 127.0.0.1) de l'API d'extraction DECA
 * (`opco-echanges.md` §4.1) : `POST /contrats/extractTBA` et `POST /contrats/extractLBA`,
 * authentification HTTP Basic (401 sinon), corps `{ dateDebut, dateFin, page }` contrôlé (dates
 * `AAAA-MM-JJ`, `dateDebut ≤ dateFin`, page entière ≥ 1 ; 400 sinon), réponse
 * `{ metadonnees: { page, totalPages, totalElements }, contrats }`. Les pannes communes
 * (429 + `Retry-After`, 5xx, blocage, JSON malformé, coupure) s'injectent à la demande.
 *
 * @example
 * ```ts
 * const deca = await demarrerEmulateurDeca({ identifiant: "tba", motDePasse: "s", contrats, taillePage: 2 });
 * // client : urlBase = deca.url
 * await deca.arreter();
 * ```
 */
export async function demarrerEmulateurDeca(options: OptionsEmulateurDeca = {}): Promise<EmulateurHttp> {
  const attendu = `Basic ${Buffer.from(`${options.identifiant ?? "tba"}:${options.motDePasse ?? "mot-de-passe-emulateur"}`).toString("base64")}`;
  const taillePage = options.taillePage ?? 100;
  const contrats = (options.contrats ?? []).map((c) => structuredClone(c));

  const extraire = (requete: RequeteEmulateur) => {
    const corps = requete.corps;
    if (!estObjet(corps)) return { statut: 400, corps: { message: "Corps JSON { dateDebut, dateFin, page } attendu" } };
    const { dateDebut, dateFin, page } = corps;
    if (typeof dateDebut !== "string" || typeof dateFin !== "string" || !DATE.test(dateDebut) || !DATE.test(dateFin) || dateDebut > dateFin) {
      return { statut: 400, corps: { message: "dateDebut et dateFin au format AAAA-MM-JJ, dateDebut ≤ dateFin" } };
    }
    if (typeof page !== "number" || !Number.isInteger(page) || page < 1) return { statut: 400, corps: { message: "page : entier ≥ 1" } };
    const retenus = contrats.filter((c) => {
      const details = estObjet(c["detailsContrat"]) ? c["detailsContrat"] : {};
      const date = details["dateConclusion"];
      return typeof date !== "string" || (date >= dateDebut && date <= dateFin);
    });
    const totalPages = Math.max(1, Math.ceil(retenus.length / taillePage));
    return {
      statut: 200,
      corps: { metadonnees: { page, totalPages, totalElements: retenus.length }, contrats: retenus.slice((page - 1) * taillePage, page * taillePage) },
    };
  };

  const routes: RouteEmulateur[] = [
    { methode: "POST", motif: "/contrats/extractTBA", gerer: extraire },
    { methode: "POST", motif: "/contrats/extractLBA", gerer: extraire },
  ];
  return demarrerServeurEmulateur({
    ...options,
    routes,
    authentifier: (requete) => (requete.entetes["authorization"] === attendu ? undefined : { statut: 401, corps: { message: "Authentification HTTP Basic requise" } }),
  });
}
