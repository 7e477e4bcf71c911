import { controlerArchiveZip, decoderTexte } from "@communs-opco/adaptateur";
import type { AnomalieTdb } from "./AnomalieTdb.js";
import { creerBilanTdb } from "./creerBilanTdb.js";
import type { BilanTdb } from "./BilanTdb.js";
import { analyserCsv } from "./analyserCsv.js";
import { colonnesAncienFormatTdb, valeurAncienFormatTdb } from "./colonnesAncienFormatTdb.js";
import { lireClasseurTdb } from "./lireClasseurTdb.js";
import { reglesChampsTdb } from "./reglesChampsTdb.js";
import type { ResultatDossierTdb } from "./ResultatDossierTdb.js";
import { validerDossierApprenant } from "./validerDossierApprenant.js";

/**
 * Options de {@link lireTeleversementTdb}.
 *
 * @example
 * ```ts
 * const o: OptionsTeleversementTdb = { type: "xlsx" };
 * ```
 */
export interface OptionsTeleversementTdb {
  readonly type: "csv" | "xlsx";
}

const nomColonne = (cle: string): string => cle.replace(/\s*\*+\s*$/u, "").trim();
const EXIGEES = Object.entries(reglesChampsTdb)
  .filter(([nom, r]) => nom !== "id_erp_apprenant" && (r.exigence === "R" || r.exigence === "Ru"))
  .map(([nom]) => nom);

function anomalie(ligne: number, champ: string, gravite: AnomalieTdb["gravite"], code: string, message: string): AnomalieTdb {
  return { ligne, champ, gravite, code, message };
}

/**
 * Lit un fichier de téléversement du Tableau de bord — le modèle CSV/XLSX à 62 colonnes
 * (version du 29/01/2025, « * » = obligatoire) ou l'ancien CSV à 17 colonnes (Indicateur,
 * Sexe, Nom…) — et valide chaque ligne avec {@link validerDossierApprenant} (canal
 * `televersement`, source `FICHIER`). CSV : UTF-8 avec ou sans BOM (Latin-1 accepté avec
 * une information), séparateur `;`, `,` ou tabulation deviné. XLSX : feuille « Modèle »
 * ou première feuille, ligne 1 = en-tête. Anomalies de fichier : colonnes obligatoires
 * absentes, colonnes en double, lignes sans aucun contrat (avertissement du Tableau de
 * bord). Chaque ligne de données donne exactement une issue ; ne lève jamais d'exception.
 *
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * const bilan = await lireTeleversementTdb(await readFile("effectifs.xlsx"), { type: "xlsx" });
 * console.log(bilan.valides, bilan.invalides, bilan.illisibles);
 * ```
 */
export async function lireTeleversementTdb(octets: Uint8Array, options: OptionsTeleversementTdb): Promise<BilanTdb> {
  const fichier: AnomalieTdb[] = [];
  let entete: readonly string[];
  let lignes: { ligne: number; cellules?: readonly unknown[]; erreur?: string }[];
  if (options.type === "xlsx") {
    // bombe de décompression : refusée avant qu'exceljs ne décompresse le classeur en mémoire
    const archive = controlerArchiveZip(octets);
    if (!archive.ok) return creerBilanTdb([], [anomalie(0, "", "erreur", "syntaxe_invalide", `Classeur XLSX illisible : ${archive.raison}.`)]);
    const feuille = await lireClasseurTdb(octets);
    if (feuille === undefined) return creerBilanTdb([], [anomalie(0, "", "erreur", "syntaxe_invalide", "Classeur XLSX illisible.")]);
    entete = feuille.entete;
    lignes = [...feuille.lignes];
  } else {
    let texte = decoderTexte(octets);
    if (texte === undefined) {
      texte = new TextDecoder("latin1").decode(octets);
      fichier.push(anomalie(0, "", "information", "encodage_latin1", "Le fichier n'est pas en UTF-8 : il est lu en Latin-1 (ISO-8859-1)."));
    }
    const decoupe = analyserCsv(texte);
    const [premiere, ...suite] = decoupe;
    if (premiere === undefined || !("cellules" in premiere)) return creerBilanTdb([], [anomalie(1, "", "erreur", "source_vide", "Le fichier ne contient pas de ligne d'en-tête.")]);
    entete = premiere.cellules;
    lignes = suite.map((l) => ("cellules" in l ? { ligne: l.ligne, cellules: l.cellules } : { ligne: l.ligne, erreur: l.erreur }));
  }

  const ancien = entete.includes("Indicateur") && entete.includes("Nom") && entete.includes("Prenom");
  const noms = entete.map((c) => (ancien ? c.trim() : nomColonne(c)));
  if (ancien) {
    fichier.push(anomalie(1, "", "information", "ancien_format", "Ancien format d'import du Tableau de bord (17 colonnes) : les colonnes sont ramenées aux champs du dossier apprenant v3."));
  } else {
    for (const exigee of EXIGEES) {
      if (!noms.includes(exigee)) fichier.push(anomalie(1, exigee, "erreur", "colonne_absente", "Colonne obligatoire absente de l'en-tête."));
    }
  }
  noms.forEach((nom, i) => {
    if (nom !== "" && noms.indexOf(nom) !== i) fichier.push(anomalie(1, entete[i] ?? nom, "avertissement", "colonne_en_double", "Colonne en double : seule la première est lue, les suivantes vont en extension."));
  });

  const resultats: ResultatDossierTdb[] = [];
  let sansContrat = 0;
  for (const { ligne, cellules, erreur } of lignes) {
    if (cellules === undefined) {
      resultats.push({ ligne, statut: "illisible", anomalies: [anomalie(ligne, "", "erreur", "syntaxe_invalide", erreur ?? "Ligne illisible.")] });
      continue;
    }
    // Objet sans prototype : une colonne nommée « constructor », « __proto__ » ou « toString » est une clé comme une autre.
    const brut: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    // Toutes les colonnes de l'en-tête sont présentées (vides comprises) pour situer les anomalies sur leur nom exact.
    for (let i = 0; i < Math.max(entete.length, cellules.length); i += 1) {
      const valeur = cellules[i];
      const colonne = entete[i];
      if (valeur === undefined && (colonne === undefined || ancien)) continue;
      const nom = noms[i];
      if (colonne === undefined || colonne.trim() === "") {
        if (valeur !== undefined) brut[`colonne_${i + 1}`] = valeur;
        continue;
      }
      if (noms.indexOf(nom ?? "") !== i) {
        if (valeur !== undefined) brut[`${colonne} (colonne ${i + 1})`] = valeur;
        continue;
      }
      if (ancien) {
        const cibles = Object.hasOwn(colonnesAncienFormatTdb, colonne.trim()) ? colonnesAncienFormatTdb[colonne.trim()] : undefined;
        if (cibles === undefined) brut[colonne] = valeur;
        else for (const cible of cibles) brut[cible] = valeurAncienFormatTdb(colonne.trim(), String(valeur));
      } else brut[colonne] = valeur;
    }
    const resultat = validerDossierApprenant(brut, { ligne, canal: "televersement" });
    if (resultat.statut === "valide" && (resultat.effectif.contrats ?? []).length === 0) sansContrat += 1;
    resultats.push(resultat);
  }
  if (sansContrat > 0) {
    fichier.push(anomalie(0, "", "avertissement", "lignes_sans_contrat", `${sansContrat} ligne(s) valide(s) sans aucun contrat : vérifiez qu'il s'agit bien d'inscrits sans contrat.`));
  }
  return creerBilanTdb(resultats, fichier);
}
