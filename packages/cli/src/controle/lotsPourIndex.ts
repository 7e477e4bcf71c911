import type { ResultatLecteur, TypeEnregistrement } from "@communs-opco/adaptateur";
import type { Dossier } from "@communs-opco/schemas";
import type { ContexteCli } from "../ContexteCli";
import { ErreurUsage } from "../ErreurUsage";
import { convertirEnregistrement } from "../formats/convertirEnregistrement";
import { contratIndexable } from "./contratIndexable";
import { lireLotsEnregistrements } from "./lireEnregistrements";
import type { SourceEnregistrement } from "./SourceEnregistrement";

/**
 * Un enregistrement relu pour l'index du lot : son rang (le même que celui du contrôle : chaque
 * enregistrement lu compte, illisible compris), sa provenance et son contrat normalisé
 * (`undefined` s'il est illisible ou sans contrat).
 *
 * @example
 * ```ts
 * const e: ContratPourIndex = { rang: 1, source: { fichier: "a.jsonl", ligne: 1 }, contrat: { contrat: { noContrat: "069202309000123" } } };
 * ```
 */
export interface ContratPourIndex {
  rang: number;
  source: SourceEnregistrement;
  contrat: object | undefined;
}

/**
 * Relit des fichiers de contrats pour l'index du lot, en flux, avec le lecteur du contrôle
 * (JSON, tableau JSON ou JSON Lines ; ou l'adaptateur de `--format`), sans évaluer de règle ;
 * un contrat déjà au standard est pris tel quel, les autres ne sont normalisés que pour les champs
 * utiles à l'index (`contratIndexable`). Un dossier lu par un adaptateur prête son numéro DECA au
 * contrat qui n'en porte pas. Les contrats sont rendus dans l'ordre du fichier, par lots non vides :
 * un par morceau lu au format standard (une seule attente par morceau), un par enregistrement avec
 * `--format`.
 *
 * @example
 * ```ts
 * for await (const lot of lotsPourIndex(["a.jsonl"], undefined, contexte, (f) => f)) for (const { rang, contrat } of lot) if (contrat) index.indexerMaitresEtReferences(rang, contrat, …);
 * ```
 */
export async function* lotsPourIndex(
  fichiers: readonly string[],
  format: string | undefined,
  contexte: Pick<ContexteCli, "repertoire" | "lireEntreeStandard">,
  chemin: (fichier: string) => string,
): AsyncGenerator<ContratPourIndex[]> {
  let rang = 0;
  for (const fichier of fichiers) {
    if (format === undefined) {
      for await (const lus of lireLotsEnregistrements(chemin(fichier), { nom: fichier })) {
        const lot: ContratPourIndex[] = [];
        for (const lu of lus) {
          rang++;
          lot.push({ rang, source: lu.source, contrat: lu.ok ? contratIndexable(lu.valeur) : undefined });
        }
        yield lot;
      }
      continue;
    }
    // Adaptateurs chargés à la demande (seulement avec --format) : le format standard démarre sans eux.
    const { lireSelonFormat } = await import("../formats/lireSelonFormat");
    let type: TypeEnregistrement = "dossier";
    let rangFichier = 0;
    const iterateur = lireSelonFormat(fichier, format, contexte, (meta) => {
      type = meta.typeEnregistrement;
    })[Symbol.asyncIterator]();
    for (;;) {
      let suivant: IteratorResult<ResultatLecteur<unknown>>;
      try {
        suivant = await iterateur.next();
      } catch (erreur) {
        // comme controlerSelonFormat : un fichier qui lève en cours de lecture (trop volumineux…) compte un illisible, la suite continue
        if (erreur instanceof ErreurUsage) throw erreur;
        rang++;
        yield [{ rang, source: { fichier, ligne: rangFichier + 1 }, contrat: undefined }];
        break;
      }
      if (suivant.done === true) break;
      const lu = suivant.value;
      rang++;
      rangFichier++;
      const emplacement = lu.ok ? lu.source : lu.erreur.source;
      const source = { fichier, ligne: emplacement.ligne ?? rangFichier };
      if (!lu.ok) {
        yield [{ rang, source, contrat: undefined }];
        continue;
      }
      const contrat = contratIndexable(convertirEnregistrement(lu.valeur, type, "contrat"));
      const numeroDeca = type === "dossier" ? (lu.valeur as Dossier).numeroDeca : undefined;
      const details = contrat === undefined ? undefined : (contrat as { contrat?: Record<string, unknown> }).contrat;
      if (details !== undefined && typeof numeroDeca === "string" && details["noContrat"] === undefined) {
        yield [{ rang, source, contrat: { ...contrat, contrat: { ...details, noContrat: numeroDeca } } }];
        continue;
      }
      yield [{ rang, source, contrat }];
    }
  }
}
