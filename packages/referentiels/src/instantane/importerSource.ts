import { basename } from "node:path";
import { importerAcce } from "../importeurs/importerAcce";
import { importerBcn } from "../importeurs/importerBcn";
import { importerDaresApeIdcc } from "../importeurs/importerDaresApeIdcc";
import { importerDaresCcn } from "../importeurs/importerDaresCcn";
import { importerFranceCompetences } from "../importeurs/importerFranceCompetences";
import { importerIdccOpco } from "../importeurs/importerIdccOpco";
import { importerKali } from "../importeurs/importerKali";
import { importerKit } from "../importeurs/importerKit";
import { importerNpec, type ResultatImportNpec } from "../importeurs/importerNpec";
import { importerOpcoRncp } from "../importeurs/importerOpcoRncp";
import { importerOrganismes } from "../importeurs/importerOrganismes";
import type { OptionsImport } from "../importeurs/OptionsImport";
import type { ResultatImport } from "../importeurs/ResultatImport";
import type { CouvertureSource } from "./CouvertureSource";
import type { Instantane } from "./Instantane";
import type { TypeSource } from "./TypeSource";

/**
 * Résultat de l'import d'un fichier d'un type donné, prêt à être intégré dans un instantané.
 *
 * @example
 * ```ts
 * const r: ImportSource = await importerSource("kit", "Kit_apprentissage_20250131.xlsx");
 * r.dateDonnees; // "2025-01-31"
 * ```
 */
export type ImportSource = (
  | { type: "npec"; fichier: string; dateDonnees: string | null; resultat: ResultatImportNpec }
  | { type: "bcn"; fichier: string; dateDonnees: string | null; resultat: ResultatImport<Instantane["diplomes"][number]> }
  | { type: "kit"; fichier: string; dateDonnees: string | null; resultat: ResultatImport<Instantane["cfdRncp"][number]> }
  | { type: "france-competences"; fichier: string; dateDonnees: string | null; resultat: ResultatImport<Instantane["fichesRncp"][number]> }
  | { type: "kali"; fichier: string; dateDonnees: string | null; resultat: ResultatImport<Instantane["conventionsKali"][number]> }
  | { type: "dares-ape-idcc"; fichier: string; dateDonnees: string | null; resultat: ResultatImport<Instantane["apeIdcc"][number]> }
  | { type: "dares-ccn"; fichier: string; dateDonnees: string | null; resultat: ResultatImport<Instantane["conventionsDares"][number]> }
  | { type: "acce"; fichier: string; dateDonnees: string | null; resultat: ResultatImport<Instantane["etablissementsUai"][number]> }
  | { type: "organismes"; fichier: string; dateDonnees: string | null; resultat: ResultatImport<Instantane["organismes"][number]> }
  | { type: "opco-rncp"; fichier: string; dateDonnees: string | null; resultat: ResultatImport<Instantane["opcoRncp"][number]> }
  | { type: "idcc-opco"; fichier: string; dateDonnees: string | null; resultat: ResultatImport<Instantane["idccOpco"][number]> }
) & {
  /** Couverture déclarée par l'appelant (`extrait` pour un échantillon) ; absente : fichier complet. */
  couverture?: CouvertureSource;
};

/**
 * Importe un fichier avec l'importeur de son type. La date des données est prise dans le fichier
 * quand il la donne (date d'édition NPEC, date d'export RNCP, date du Kit dans son nom). Option
 * `couverture` : `"extrait"` déclare un échantillon (une clé absente n'y prouvera rien, voir
 * {@link CouvertureSource}) ; sans elle, le fichier est tenu pour complet.
 *
 * @example
 * ```ts
 * const r = await importerSource("npec", "Referentiel-des-NPEC-15.07.2024_vMAJ-18.07.2024.xlsx");
 * r.resultat.statistiques.enregistrements;
 * const echantillon = await importerSource("kali", "kali/sample.xlsx", { couverture: "extrait" });
 * echantillon.couverture; // "extrait"
 * ```
 */
export async function importerSource(
  type: TypeSource,
  chemin: string,
  options: OptionsImport & { opco?: string; dateApplicabilite?: string; couverture?: CouvertureSource } = {},
): Promise<ImportSource> {
  const entree = await importerSelonType(type, chemin, options);
  return options.couverture === undefined ? entree : { ...entree, couverture: options.couverture };
}

/** Lecture du fichier par l'importeur de son type (sans la couverture, déclarée par l'appelant). */
async function importerSelonType(type: TypeSource, chemin: string, options: OptionsImport & { opco?: string; dateApplicabilite?: string }): Promise<ImportSource> {
  const fichier = basename(chemin).normalize("NFC");
  const dateNom = /(20\d{2})[-_]?(\d{2})[-_]?(\d{2})/.exec(fichier);
  const dateDuNom = dateNom ? `${dateNom[1] as string}-${dateNom[2] as string}-${dateNom[3] as string}` : null;
  switch (type) {
    case "npec": {
      const resultat = await importerNpec(chemin, options);
      return { type, fichier, dateDonnees: resultat.edition.dateApplicabilite, resultat };
    }
    case "bcn":
      return { type, fichier, dateDonnees: null, resultat: await importerBcn(chemin, options) };
    case "kit":
      return { type, fichier, dateDonnees: dateDuNom, resultat: await importerKit(chemin, options) };
    case "france-competences": {
      const resultat = await importerFranceCompetences(chemin, options);
      return { type, fichier, dateDonnees: resultat.dateExport, resultat };
    }
    case "kali":
      return { type, fichier, dateDonnees: null, resultat: await importerKali(chemin, options) };
    case "dares-ape-idcc":
      return { type, fichier, dateDonnees: null, resultat: await importerDaresApeIdcc(chemin, options) };
    case "dares-ccn":
      return { type, fichier, dateDonnees: null, resultat: await importerDaresCcn(chemin, options) };
    case "acce":
      return { type, fichier, dateDonnees: null, resultat: await importerAcce(chemin, options) };
    case "organismes":
      return { type, fichier, dateDonnees: null, resultat: await importerOrganismes(chemin, options) };
    case "opco-rncp":
      return { type, fichier, dateDonnees: null, resultat: await importerOpcoRncp(chemin, options) };
    case "idcc-opco":
      return { type, fichier, dateDonnees: null, resultat: await importerIdccOpco(chemin, options) };
  }
}
