import type { Instantane } from "./instantane/Instantane";

/**
 * Recherches dans le Kit apprentissage et la BCN d'un instantané dont se sert la preuve
 * (`ReferentielHorsLigne` les fournit indexées).
 *
 * @example
 * ```ts
 * const sources: SourcesPreuveEnregistrement = {
 *   cfdsDuRncp: (rncp) => instantane.cfdRncp.filter((c) => c.rncp === rncp).map((c) => c.cfd),
 *   diplome: (cfd) => instantane.diplomes.find((d) => d.cfd === cfd),
 * };
 * ```
 */
export interface SourcesPreuveEnregistrement {
  cfdsDuRncp(rncp: string): readonly string[];
  diplome(cfd: string): Instantane["diplomes"][number] | undefined;
}

/** Code BCN `NATURE_FORMATION_DIPLOME` « DIPLOME NATIONAL / DIPLOME D'ETAT ». */
const NATURE_DIPLOME_ETAT = "1";

/**
 * Preuve, tirée du Kit apprentissage et de la BCN, qu'une certification RNCP est un diplôme
 * d'État enregistré de droit au RNCP (Code du travail, art. L6113-5) : le PP-HABILITATION ne
 * s'applique pas aux enregistrements de droit.
 *
 * Faits retenus (choix prudent) : le Kit relie le RNCP à au moins un code diplôme (CFD), et
 * **chacun** de ces CFD figure dans la BCN avec la nature `1` « DIPLOME NATIONAL / DIPLOME
 * D'ETAT ». Ne prouvent rien, et laissent la vérification indéterminée : un CFD absent de la BCN
 * de l'instantané, la nature `2` « TITRE PROFESSIONNEL HOMOLOGUE OU CERTIFIE » (elle mêle des
 * titres enregistrés sur demande à des diplômes agricoles), les autres natures (classes, cycles,
 * diplômes locaux, groupements statistiques) et le seul préfixe du CFD.
 *
 * `sources` : recherches `{ cfdsDuRncp, diplome }` dans le Kit et la BCN de l'instantané.
 *
 * @returns `{ prouve: true, preuves }` (un fait lisible par CFD) ou `{ prouve: false, raison }`.
 * @example
 * ```ts
 * const p = preuveEnregistrementDeDroit(sources, "RNCP37537");
 * // { prouve: true, preuves: ["Kit apprentissage : RNCP37537 ↔ CFD 50022137", "BCN : CFD 50022137 « BOULANGER (CAP) », nature 1 (diplôme national / diplôme d'État), gestionnaire …"] }
 * ```
 */
export function preuveEnregistrementDeDroit(sources: SourcesPreuveEnregistrement, rncp: string): { prouve: true; preuves: string[] } | { prouve: false; raison: string } {
  const cfds = [...new Set(sources.cfdsDuRncp(rncp))];
  if (cfds.length === 0) return { prouve: false, raison: `aucun code diplôme relié à ${rncp} par le Kit apprentissage` };
  const preuves = [`Kit apprentissage : ${rncp} ↔ CFD ${cfds.join(", ")}`];
  for (const cfd of cfds) {
    const d = sources.diplome(cfd);
    if (d === undefined) return { prouve: false, raison: `CFD ${cfd} (relié à ${rncp}) absent de la BCN de l'instantané : nature du diplôme inconnue` };
    if (d.nature !== NATURE_DIPLOME_ETAT) return { prouve: false, raison: `CFD ${cfd} de nature BCN « ${d.nature ?? "inconnue"} », pas « 1 » (diplôme national / diplôme d'État)` };
    preuves.push(`BCN : CFD ${cfd}${d.libelleLong === null ? "" : ` « ${d.libelleLong} »`}, nature 1 (diplôme national / diplôme d'État)`);
  }
  return { prouve: true, preuves };
}
