import type { EtablissementHistorique } from "./EtablissementHistorique";
import { schemaEtablissementHistorique } from "./schemaEtablissementHistorique";

/**
 * Lecture d'un historique JSONL : chaque ligne non vide finit valide, invalide (écarts de schéma)
 * ou illisible (JSON incorrect) ; `lignes = etablissements.length + invalides.length + illisibles.length`.
 *
 * @example
 * ```ts
 * const bilan = (l: LectureHistorique) => `${l.etablissements.length} valides / ${l.lignes} lignes`;
 * ```
 */
export interface LectureHistorique {
  readonly etablissements: readonly EtablissementHistorique[];
  readonly invalides: readonly { readonly ligne: number; readonly siret?: string; readonly problemes: readonly { chemin: string; message: string }[] }[];
  readonly illisibles: readonly { readonly ligne: number; readonly raison: string }[];
  /** Lignes non vides lues. */
  readonly lignes: number;
}

/**
 * Lit un historique d'embauches au format JSONL (un établissement par ligne, voir
 * {@link schemaEtablissementHistorique}) sans rien perdre : lignes valides, invalides (avec le
 * chemin et la raison de chaque écart) et illisibles (numéro de ligne et raison). Les lignes vides
 * sont ignorées ; un même SIRET sur deux lignes rend la seconde invalide.
 *
 * @example
 * ```ts
 * const lecture = lireHistoriqueJsonl('{"siret":"80123456700015","departement":"75","effectif":8,"romes":[],"embauches":[]}\n{oups');
 * lecture.illisibles; // [{ ligne: 2, raison: "JSON illisible : …" }]
 * ```
 */
export function lireHistoriqueJsonl(texte: string): LectureHistorique {
  const etablissements: EtablissementHistorique[] = [];
  const invalides: { ligne: number; siret?: string; problemes: { chemin: string; message: string }[] }[] = [];
  const illisibles: { ligne: number; raison: string }[] = [];
  const vus = new Set<string>();
  let lignes = 0;
  texte.split(/\r?\n/).forEach((contenu, index) => {
    const ligne = index + 1;
    const nettoye = index === 0 ? contenu.replace(/^\uFEFF/, "") : contenu;
    if (nettoye.trim() === "") return;
    lignes += 1;
    let donnee: unknown;
    try {
      donnee = JSON.parse(nettoye);
    } catch (erreur) {
      illisibles.push({ ligne, raison: `JSON illisible : ${erreur instanceof Error ? erreur.message : String(erreur)}` });
      return;
    }
    const siret = typeof donnee === "object" && donnee !== null && typeof (donnee as { siret?: unknown }).siret === "string" ? (donnee as { siret: string }).siret : undefined;
    const resultat = schemaEtablissementHistorique.safeParse(donnee);
    if (!resultat.success) {
      invalides.push({
        ligne,
        ...(siret === undefined ? {} : { siret }),
        problemes: resultat.error.issues.map((p) => ({ chemin: p.path.map(String).join("."), message: p.message })),
      });
      return;
    }
    if (vus.has(resultat.data.siret)) {
      invalides.push({ ligne, siret: resultat.data.siret, problemes: [{ chemin: "siret", message: "SIRET déjà présent sur une ligne précédente" }] });
      return;
    }
    vus.add(resultat.data.siret);
    const { raisonSociale, naf, idcc, opco, ...reste } = resultat.data;
    etablissements.push({
      ...reste,
      ...(raisonSociale === undefined ? {} : { raisonSociale }),
      ...(naf === undefined ? {} : { naf }),
      ...(idcc === undefined ? {} : { idcc }),
      ...(opco === undefined ? {} : { opco }),
    });
  });
  return { etablissements, invalides, illisibles, lignes };
}
