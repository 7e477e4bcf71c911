import { ErreurUsage } from "../ErreurUsage";
import { expliquerErreurSysteme } from "../sorties/expliquerErreurSysteme";
import type { TypeEnregistrement } from "@communs-opco/adaptateur";
import type { ContexteEvaluation } from "@communs-opco/regles";
import type { Dossier } from "@communs-opco/schemas";
import type { ContexteCli } from "../ContexteCli";
import type { EnregistrementControle } from "../controle/controlerFichiers";
import { controlerValeur } from "../controle/controlerValeur";
import type { SourceEnregistrement } from "../controle/SourceEnregistrement";
import { convertirEnregistrement } from "./convertirEnregistrement";
import { lireSelonFormat } from "./lireSelonFormat";
import { ErreurEntreeSortie } from "../ErreurEntreeSortie";

/**
 * Variante de `controlerFichiers` pour `opco controle --format FORMAT|auto` : chaque
 * fichier est lu par l'adaptateur du format (nommé ou détecté), chaque enregistrement lu
 * est ramené à son contrat standard puis contrôlé (schéma et règles) à la date
 * d'évaluation. Les erreurs de lecture et les enregistrements sans contrat (ex. un statut
 * AGECAP) sont « illisibles » avec leur raison. Emplacement : pour un format ligne à
 * ligne, la ligne ; pour un format JSON, `fichier#pointeur` (RFC 6901) et le rang de
 * l'enregistrement dans le fichier. Un résultat par enregistrement : les comptes
 * s'additionnent.
 *
 * @example
 * ```ts
 * for await (const { resultat } of controlerSelonFormat(["extraction.json"], "deca", contexte, { dateEvaluation: "2025-11-03" })) {
 *   console.log(resultat.source, resultat.statut);
 * }
 * ```
 */
export async function* controlerSelonFormat(
  fichiers: readonly string[],
  format: string,
  contexte: Pick<ContexteCli, "repertoire" | "lireEntreeStandard">,
  evaluation: ContexteEvaluation,
): AsyncGenerator<EnregistrementControle> {
  let index = 0;
  for (const fichier of fichiers) {
    let typeEnregistrement: TypeEnregistrement = "dossier";
    let rang = 0;
    const lecture = lireSelonFormat(fichier, format, contexte, (meta) => {
      typeEnregistrement = meta.typeEnregistrement;
    });
    const iterateur = lecture[Symbol.asyncIterator]();
    for (;;) {
      let suivant: IteratorResult<Awaited<ReturnType<typeof iterateur.next>>["value"]>;
      try {
        suivant = await iterateur.next();
      } catch (erreur) {
        // Un adaptateur qui lève en cours de lecture : le reste du fichier est un illisible situé, la suite continue.
        if (erreur instanceof ErreurUsage) throw erreur;
        index += 1;
        rang += 1;
        yield { resultat: { index, source: { fichier, ligne: rang }, statut: "illisible", constats: [], raison: erreur instanceof ErreurEntreeSortie ? erreur.message : `lecture interrompue : ${expliquerErreurSysteme(erreur)}` }, valeur: undefined, ...(erreur instanceof ErreurEntreeSortie ? { echecEntreeSortie: true as const } : {}) };
        break;
      }
      if (suivant.done === true) break;
      const lu = suivant.value;
      index += 1;
      rang += 1;
      const emplacement = lu.ok ? lu.source : lu.erreur.source;
      const source: SourceEnregistrement = {
        fichier: emplacement.pointeur === undefined || emplacement.pointeur === "" ? fichier : `${fichier}#${emplacement.pointeur}`,
        ligne: emplacement.ligne ?? rang,
      };
      if (!lu.ok) {
        const champ = lu.erreur.source.champ === undefined ? "" : ` (${lu.erreur.source.champ})`;
        yield { resultat: { index, source, statut: "illisible", constats: [], raison: `${lu.erreur.message}${champ}` }, valeur: undefined };
        continue;
      }
      let contrat: ReturnType<typeof convertirEnregistrement>;
      let controle: ReturnType<typeof controlerValeur> | undefined;
      try {
        contrat = convertirEnregistrement(lu.valeur, typeEnregistrement, "contrat");
        controle = contrat === undefined ? undefined : controlerValeur(contrat, evaluation);
      } catch (erreur) {
        yield { resultat: { index, source, statut: "illisible", constats: [], raison: `enregistrement illisible : ${expliquerErreurSysteme(erreur)}` }, valeur: undefined };
        continue;
      }
      if (contrat === undefined || controle === undefined) {
        yield {
          resultat: { index, source, statut: "illisible", constats: [], raison: "l'enregistrement ne contient pas de contrat à contrôler" },
          valeur: undefined,
        };
        continue;
      }
      const { statut, constats } = controle;
      const dossier = typeEnregistrement === "dossier" ? (lu.valeur as Dossier) : undefined;
      const numeroDossier = [dossier?.numeroInterne, dossier?.numeroDeca, dossier?.numeroExterne].find((n): n is string => typeof n === "string" && n.trim() !== "");
      // Le contrat lu par le contrôle sert aussi aux règles sur plusieurs contrats (pas de seconde lecture).
      yield { resultat: { index, source, statut, constats }, valeur: contrat, ...(controle.contrat === undefined ? {} : { contrat: controle.contrat }), ...(numeroDossier === undefined ? {} : { numeroDossier }) };
    }
  }
}
