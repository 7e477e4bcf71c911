import { appliquerProfil, autocompleter, brouillonVide, completudeBrouillon, type Brouillon, type PortReferentielFormulaire, type ProfilRecurrent, type ResultatFusion } from "@communs-opco/formulaire";
import { masquerChampPersonnel } from "./masquerChampPersonnel";

/**
 * Vrai si la valeur est un profil récurrent `{ nom, type: employeur|maitre|cfa, miseAJour, champs }`.
 *
 * @example
 * ```ts
 * estProfil({ nom: "ACME", type: "employeur", miseAJour: null, champs: {} }); // true
 * ```
 */
export function estProfil(x: unknown): x is ProfilRecurrent {
  if (typeof x !== "object" || x === null) return false;
  const p = x as Record<string, unknown>;
  return (
    typeof p.nom === "string" &&
    (p.type === "employeur" || p.type === "maitre" || p.type === "cfa") &&
    (p.miseAJour === null || typeof p.miseAJour === "string") &&
    typeof p.champs === "object" &&
    p.champs !== null &&
    !Array.isArray(p.champs)
  );
}

function masquer(brouillon: Brouillon, enClair: boolean): Record<string, { valeur: unknown; provenance: string; date: string | null }> {
  return Object.fromEntries(
    Object.entries(brouillon.champs)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([chemin, c]) => [chemin, { ...c, valeur: enClair ? c.valeur : masquerChampPersonnel(chemin, c.valeur) }]),
  );
}

/**
 * Cœur de `opco completer` (et de `POST /v1/formulaire/completer`) : applique les profils
 * récurrents puis autocomplète un brouillon de CERFA depuis un SIRET, un RNCP/CFD, un UAI/SIRET de
 * CFA et un code postal ; rend les champs (données personnelles masquées sauf `enClair`) avec leur
 * provenance, la complétude par bloc, les consultations du référentiel et les valeurs conservées.
 *
 * @example
 * ```ts
 * const r = await completerBrouillon({ siret: "80123456700015", certification: "RNCP37537" }, { referentiel, date: "2026-11-26" });
 * ```
 */
export async function completerBrouillon(
  identifiants: { siret: string; certification?: string; cfa?: string; codePostal?: string },
  options: { referentiel: PortReferentielFormulaire; date: string; profils?: readonly ProfilRecurrent[]; enClair?: boolean },
): Promise<{ date: string; brouillon: ReturnType<typeof masquer>; completude: ReturnType<typeof completudeBrouillon>; consultations: Awaited<ReturnType<typeof autocompleter>>["consultations"]; conserves: ResultatFusion["conserves"] }> {
  let brouillon = brouillonVide;
  const conserves: ResultatFusion["conserves"] = [];
  const rangs = { maitre: 0 };
  for (const profil of options.profils ?? []) {
    const rang = profil.type === "maitre" ? (++rangs.maitre > 1 ? 2 : 1) : 1;
    const r = appliquerProfil(brouillon, profil, { rangMaitre: rang });
    brouillon = r.brouillon;
    conserves.push(...r.conserves);
  }
  const r = await autocompleter(brouillon, identifiants, { referentiel: options.referentiel, date: options.date });
  conserves.push(...r.conserves);
  const masques = conserves.map((c) => (options.enClair === true ? c : { ...c, proposee: masquerChampPersonnel(c.chemin, c.proposee) }));
  return { date: options.date, brouillon: masquer(r.brouillon, options.enClair === true), completude: completudeBrouillon(r.brouillon), consultations: r.consultations, conserves: options.enClair === true ? conserves : masques };
}
