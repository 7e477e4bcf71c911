import { precederNomOpco, resoudreOpco, valeurOpcoSpeciale } from "@communs-opco/nomenclatures";
import { cleDesChemins, type ConstatRegle, type ContratAControler, Lecture, regleParConsultations, type RegleAsynchrone } from "@communs-opco/regles";
import { consulterReferentiel } from "./consulterReferentiel";
import type { Referentiel } from "../Referentiel";
import { noterPreuve } from "./noterPreuve";
import { referencePrepaiement } from "./referencePrepaiement";
import { cleReemployable } from "./reemploiParContrat";
import { sansConclusion } from "./sansConclusion";

const IDCC_SANS_KALI = new Set(["9999", "9998"]);

/** Motif d'un nom d'OPCO que la table des OPCO ne résout pas (valeur spéciale ou nom inconnu). */
function nonResolu(nom: string): string {
  const speciale = valeurOpcoSpeciale(nom);
  return speciale === "multiple" ? `« ${nom} » désigne plusieurs OPCO` : speciale === "inconnu" ? `« ${nom} » signifie « OPCO inconnu »` : `« ${nom} » n'est ni un slug ni un alias connu des 11 OPCO`;
}

/**
 * PP-OPCO-NPEC — employeur → OPCO → NPEC : l'IDCC de l'employeur est une convention en vigueur
 * (KALI) ; l'OPCO de l'établissement (SIRO, sinon table IDCC → OPCO) est l'OPCO payeur quand il
 * est donné. Les deux OPCO sont comparés par identité : chaque nom (nom du référentiel, slug
 * `opco-mobilites` ou alias de l'OPCO payeur) est résolu par `resoudreOpco` de
 * `@communs-opco/nomenclatures` ; un nom qu'elle ne résout pas rend le point indéterminé en le
 * nommant, jamais un faux écart ; sans OPCO payeur, ce point est indéterminé (jamais conforme) ;
 * un établissement « revendiqué » selon SIRO (réponse indéterminée) reste indéterminé, sans repli
 * sur la table IDCC → OPCO ; un NPEC est applicable au couple (RNCP ou CFD, IDCC) à la date de conclusion
 * (`contrat.dateSignature`). Sans NPEC publié : avertissement (valeur d'amorçage). La validité du
 * SIRET employeur relève de `prepaiement.siret.actif`.
 *
 * @example
 * ```ts
 * const regle = reglePrepaiementOpcoNpec({ opcoPayeur: "atlas" }); // slug, nom officiel ou alias
 * await evaluerReglesAsync([regle], contrat, { dateEvaluation: "2026-11-26", ports: { referentiel } });
 * ```
 */
export function reglePrepaiementOpcoNpec(options: { opcoPayeur?: string } = {}): RegleAsynchrone<ContratAControler, { referentiel: Referentiel }> & Required<Pick<RegleAsynchrone<ContratAControler, { referentiel: Referentiel }>, "etapes">> {
  const { opcoPayeur } = options;
  const cleAvecSiret = cleDesChemins(["employeur.siret", "employeur.codeIdcc", "formation.rncp", "formation.codeDiplome", "contrat.dateSignature"]);
  return regleParConsultations<ContratAControler, { referentiel: Referentiel }>({
    nature: "asynchrone",
    ports: ["referentiel"],
    id: "prepaiement.opco.npec",
    titre: "Employeur, OPCO et NPEC",
    description:
      "La convention collective de l'employeur est en vigueur, l'OPCO de rattachement est l'OPCO payeur, et un NPEC est applicable à la certification et à la branche à la date de conclusion du contrat.",
    severite: "bloquant",
    references: [referencePrepaiement("PP-OPCO-NPEC"), { titre: "Référentiel des NPEC (France compétences)" }],
    parametres: [],
    chemins: ["employeur.siret", "employeur.codeIdcc", "formation.rncp", "formation.codeDiplome", "contrat.dateSignature"],
    idSpecification: ["PP-OPCO-NPEC"],
    points: ["convention.vigueur", "opco.rattachement", "npec"],
    // Sans OPCO payeur, les étapes ne lisent que l'IDCC, les deux codes et la date de conclusion : une explication par quadruplet
    // (réemployée hors ligne). Avec un OPCO payeur (propre à cette règle), elles lisent aussi le SIRET de l'employeur : une par
    // quintuplet, propre au contrat, réemployée seulement sur des ports qui le permettent (reemployerParContrat).
    cleEntrees:
      opcoPayeur === undefined
        ? cleDesChemins(["employeur.codeIdcc", "formation.rncp", "formation.codeDiplome", "contrat.dateSignature"])
        : (contrat, contexte) => cleReemployable(contexte.ports, "prepaiement.opco.npec", cleAvecSiret, contrat),
    ecartReference:
      "l'application de référence (mission-apprentissage/contrat, table idcc.ts) tient pour en vigueur une convention sans aucun état Légifrance ; ici, un tel IDCC rend la vérification indéterminée (la loi demande un état KALI en vigueur).",
    *etapes(contrat, contexte) {
      const l = new Lecture(contrat);
      const constats: ConstatRegle[] = [];
      const idccBrut = l.texte("employeur.codeIdcc");
      const idcc = idccBrut === undefined ? undefined : idccBrut.padStart(4, "0");
      if (idcc === undefined) noterPreuve(contexte, "convention.vigueur", undefined, false, "IDCC de l'employeur non déclaré");
      else if (IDCC_SANS_KALI.has(idcc)) noterPreuve(contexte, "convention.vigueur", undefined, true, `sans objet : IDCC ${idcc} sans convention au sens de KALI`);
      if (idcc !== undefined && !IDCC_SANS_KALI.has(idcc)) {
        const c = yield* consulterReferentiel("convention", idcc);
        noterPreuve(contexte, "convention.vigueur", c, c.statut === "trouve" && c.valeur.enVigueur, c.statut === "trouve" ? `état ${c.valeur.etat ?? "inconnu"}` : undefined);
        if (c.statut === "absent") constats.push({ statut: "non_conforme", chemins: ["employeur.codeIdcc"], message: `L'IDCC ${idcc} est inconnu de la liste des conventions collectives.`, details: { source: c.source } });
        else if (c.statut !== "trouve") constats.push(sansConclusion("employeur.codeIdcc", `la convention IDCC ${idcc}`, c));
        else if (!c.valeur.enVigueur) constats.push({ statut: "non_conforme", chemins: ["employeur.codeIdcc"], message: `La convention IDCC ${idcc} n'est pas en vigueur (état ${c.valeur.etat ?? "inconnu"}).`, details: { source: c.source, etat: c.valeur.etat } });
      }
      if (opcoPayeur === undefined) {
        noterPreuve(contexte, "opco.rattachement", undefined, false, "OPCO payeur non donné");
        constats.push({
          statut: "indetermine",
          chemins: ["employeur.siret", "employeur.codeIdcc"],
          message: "OPCO payeur non donné : le rattachement de l'employeur à l'OPCO payeur n'est pas vérifié (indiquer l'OPCO payeur, par exemple « opco controle --opco »).",
          manquants: ["opcoPayeur"],
          details: {},
        });
      } else {
        const siret = l.texte("employeur.siret");
        let r = siret === undefined ? undefined : yield* consulterReferentiel("opcoDeSiret", siret);
        // Un établissement « revendiqué » (SIRO 02/03, réponse indéterminée) n'est pas tranché par la
        // table IDCC → OPCO : le référentiel en ligne refuse délibérément ce repli.
        if ((r === undefined || r.statut === "absent" || r.statut === "indisponible") && idcc !== undefined) {
          const parIdcc = yield* consulterReferentiel("opcoDeIdcc", idcc);
          if (parIdcc.statut === "trouve" || r === undefined) r = parIdcc;
        }
        if (r === undefined) constats.push(l.indetermine("OPCO de l'employeur non vérifiable : ni SIRET ni IDCC."));
        else if (r.statut !== "trouve") constats.push(sansConclusion("employeur.siret", "l'OPCO de l'employeur", r));
        if (r !== undefined) {
          const opco = r.statut === "trouve" ? resoudreOpco(r.valeur.opco) : undefined;
          noterPreuve(contexte, "opco.rattachement", r, opco !== undefined && opco.slug === resoudreOpco(opcoPayeur)?.slug, r.statut === "trouve" ? `OPCO de l'employeur « ${r.valeur.opco} », OPCO payeur « ${opcoPayeur} »` : undefined);
        }
        if (r !== undefined && r.statut === "trouve") {
          const employeur = resoudreOpco(r.valeur.opco);
          const payeur = resoudreOpco(opcoPayeur);
          const chemins = ["employeur.siret", "employeur.codeIdcc"];
          if (payeur === undefined) {
            constats.push({ statut: "indetermine", chemins, message: `OPCO payeur non reconnu : ${nonResolu(opcoPayeur)} ; rattachement de l'employeur (${r.valeur.opco}) non vérifié.`, details: { source: r.source, opco: r.valeur.opco, opcoPayeur } });
          } else if (employeur === undefined) {
            constats.push({
              statut: "indetermine",
              chemins,
              message: `OPCO de l'employeur non reconnu : ${nonResolu(r.valeur.opco)} (${r.source.nom}) ; rattachement ${precederNomOpco("à", payeur.nomOfficiel)} non vérifié.`,
              manquants: [`ports.referentiel:${r.source.nom}`],
              details: { source: r.source, opco: r.valeur.opco, opcoPayeur: payeur.slug },
            });
          } else if (employeur.slug !== payeur.slug) {
            constats.push({ statut: "non_conforme", chemins, message: `L'employeur relève ${precederNomOpco("de", employeur.nomOfficiel)}, pas de l'OPCO payeur ${payeur.nomOfficiel}.`, details: { source: r.source, opco: r.valeur.opco, opcoEmployeur: employeur.slug, opcoPayeur: payeur.slug } });
          }
        }
      }
      const date = l.date("contrat.dateSignature");
      const rncp = l.texte("formation.rncp");
      const cfd = l.texte("formation.codeDiplome");
      if (date === undefined || idcc === undefined || (rncp === undefined && cfd === undefined)) {
        constats.push(l.indetermine(`NPEC non vérifiable : donnée manquante (${l.manquants().join(", ")}).`));
        return constats;
      }
      // Mêmes critères, dans le même ordre, qu'un littéral à propriétés facultatives, sans objets intermédiaires.
      const criteres = rncp === undefined ? { cfd: cfd as string, idcc, date } : cfd === undefined ? { rncp, idcc, date } : { rncp, cfd, idcc, date };
      const n = yield* consulterReferentiel("npec", criteres);
      noterPreuve(contexte, "npec", n, n.statut === "trouve");
      if (n.statut === "absent") {
        constats.push({
          statut: "non_conforme",
          severite: "avertissement",
          chemins: ["formation.rncp", "employeur.codeIdcc"],
          message: `Aucun NPEC publié pour ${rncp ?? cfd} et l'IDCC ${idcc} au ${date} : l'OPCO verse la valeur d'amorçage, puis régularise (${n.raison}).`,
          details: { source: n.source },
        });
      } else if (n.statut !== "trouve") constats.push(sansConclusion("formation.rncp", `le NPEC de ${rncp ?? cfd} (IDCC ${idcc})`, n));
      return constats;
    },
  });
}
