import type { Adaptateur } from "@communs-opco/adaptateur";
import { resoudreOpco } from "@communs-opco/nomenclatures";
import { formatsDisponibles } from "./formatsDisponibles";
import { limitesFormat } from "./limitesFormat";

/**
 * Description d'un format d'échange, telle que la donnent `opco formats --json` et `GET /v1/formats`.
 *
 * @example
 * ```ts
 * const f: DescriptionFormat = { nom: "deca", libelle: "DECA", sens: "lecture-ecriture", versions: ["1"], opco: null, nomOpco: null, typeEnregistrement: "dossier", detection: true, extensions: [".json"], limites: {} };
 * ```
 */
export interface DescriptionFormat {
  nom: string;
  libelle: string;
  sens: "lecture" | "ecriture" | "lecture-ecriture";
  versions: string[];
  opco: string | null;
  /** Nom d'affichage de l'OPCO (@communs-opco/nomenclatures), `null` pour un format commun. */
  nomOpco: string | null;
  typeEnregistrement: string;
  detection: boolean;
  extensions: string[];
  /** Par nature de fichier lu (json, csv, xlsx, pdf), tailles au-delà desquelles un élément, une ligne ou un fichier est illisible. */
  limites: Record<string, Record<string, number>>;
}

function sens(a: Adaptateur<unknown>): "lecture" | "ecriture" | "lecture-ecriture" {
  const lecture = a.metadonnees.capacites.includes("lecture");
  const ecriture = a.metadonnees.capacites.includes("ecriture") && a.ecrire !== undefined;
  return lecture && ecriture ? "lecture-ecriture" : ecriture ? "ecriture" : "lecture";
}

/**
 * Cœur de `opco formats` : les formats d'échange installés (nom, sens de conversion, versions,
 * OPCO, type d'enregistrement, détection automatique, extensions, limites de lecture).
 *
 * @example
 * ```ts
 * decrireFormats().map((f) => f.nom); // ["standard", "deca", …]
 * ```
 */
export function decrireFormats(): DescriptionFormat[] {
  return formatsDisponibles().map((a) => ({
    nom: a.metadonnees.nom,
    libelle: a.metadonnees.libelle,
    sens: sens(a),
    versions: [...a.metadonnees.versions],
    opco: a.metadonnees.opco ?? null,
    nomOpco: a.metadonnees.opco === undefined ? null : (resoudreOpco(a.metadonnees.opco)?.nomOfficiel ?? a.metadonnees.opco),
    typeEnregistrement: a.metadonnees.typeEnregistrement,
    detection: a.detecter !== undefined && a.metadonnees.capacites.includes("detection"),
    extensions: [...(a.metadonnees.extensions ?? [])],
    limites: limitesFormat(a.metadonnees.extensions ?? [], a.metadonnees.lectureParElement === true),
  }));
}
