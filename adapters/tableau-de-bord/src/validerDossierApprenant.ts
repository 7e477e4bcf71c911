import { pointeurJson } from "@communs-opco/adaptateur";
import { verifierRncp, verifierSiret, verifierUai } from "@communs-opco/identifiants";
import { dossierApprenantVersEffectif, lireEnregistrement, schemaEffectifEntree, type Effectif } from "@communs-opco/schemas";
import type { AnomalieTdb } from "./AnomalieTdb.js";
import { idErpTeleversement } from "./idErpTeleversement.js";
import { normaliserChampTdb, type CanalTdb } from "./normaliserChampTdb.js";
import { reglesChampsTdb } from "./reglesChampsTdb.js";
import type { ResultatDossierTdb } from "./ResultatDossierTdb.js";

/**
 * Options de {@link validerDossierApprenant}.
 *
 * @example
 * ```ts
 * const o: OptionsValidationDossier = { ligne: 2, canal: "televersement" };
 * ```
 */
export interface OptionsValidationDossier {
  /** Ligne du fichier (1 = en-tête) ou rang de l'élément JSON. */
  readonly ligne: number;
  readonly canal: CanalTdb;
}

const SUFFIXES = ["", "_2", "_3", "_4"];
const FORMAT = "tableau-de-bord";

/** Nom de colonne sans les marques d'obligation du modèle (« nom_apprenant * », « contrat_date_fin_2** »). */
function nomColonne(cle: string): string {
  return cle.replace(/\s*\*+\s*$/u, "").trim();
}

/**
 * Valide un dossier apprenant (objet de l'API v3 ou ligne d'un fichier téléversé) avec
 * les règles du Tableau de bord (`indicateurs.md` §1.2–1.3) puis le convertit en effectif
 * standard. Règles : champs exigés (`R`, et `Ru` au téléversement), normalisations et
 * formats de chaque champ, contrat incomplet (fin, rupture ou cause sans date de début :
 * ligne refusée), fin de formation antérieure à l'entrée (refus du traitement en file).
 * Les corrections silencieuses du Tableau de bord (SIRET employeur ou du lieu invalide,
 * code postal de naissance invalide, durée hors bornes) effacent la valeur et sont tracées
 * en `information` ; les contrôles plus stricts du projet (clé de Luhn du SIRET, lettre clé
 * de l'UAI, RNCP de 3 à 5 chiffres) donnent des `avertissement`s sans refuser la ligne. Le
 * NIR n'est jamais conservé (seulement `aNir`). Au téléversement, l'identifiant ERP absent
 * est l'empreinte cyrb53 du prénom, du nom et de la date de naissance. Les colonnes hors
 * du format vont dans `extensions["tableau-de-bord:/<colonne>"]`.
 *
 * @example
 * ```ts
 * const r = validerDossierApprenant({ nom_apprenant: "Dupuis", prenom_apprenant: "Gaston" }, { ligne: 0, canal: "api" });
 * r.statut; // "invalide" (date de naissance, année scolaire… manquent)
 * ```
 */
export function validerDossierApprenant(brut: Readonly<Record<string, unknown>>, options: OptionsValidationDossier): ResultatDossierTdb {
  const { ligne, canal } = options;
  const anomalies: AnomalieTdb[] = [];
  const signaler = (champ: string, gravite: AnomalieTdb["gravite"], code: string, message: string) =>
    anomalies.push({ ligne, champ, gravite, code, message });
  const colonnes = new Map<string, string>();
  // Objets sans prototype : aucune clé lue (« constructor », « __proto__ »…) ne touche Object.prototype.
  const valeurs: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const extensions: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [cle, valeur] of Object.entries(brut)) {
    const nom = nomColonne(cle);
    if (Object.hasOwn(reglesChampsTdb, nom)) {
      colonnes.set(nom, cle);
      valeurs[nom] = valeur;
    } else if (valeur !== null && valeur !== undefined && valeur !== "") {
      extensions[`${FORMAT}:${pointeurJson([cle])}`] = valeur;
    }
  }
  const colonne = (nom: string): string => colonnes.get(nom) ?? nom;

  if (canal === "televersement" && (valeurs["id_erp_apprenant"] === undefined || valeurs["id_erp_apprenant"] === "")) {
    const [prenom, nom, naissance] = [valeurs["prenom_apprenant"], valeurs["nom_apprenant"], valeurs["date_de_naissance_apprenant"]];
    if ([prenom, nom, naissance].every((v) => v !== undefined && v !== null && v !== "")) {
      const naissanceBrute = naissance instanceof Date ? naissance.toISOString().slice(0, 10) : String(naissance);
      valeurs["id_erp_apprenant"] = idErpTeleversement(String(prenom), String(nom), naissanceBrute);
    }
  }

  const dossier: Record<string, unknown> = {};
  for (const [nom, regle] of Object.entries(reglesChampsTdb)) {
    const resultat = normaliserChampTdb(valeurs[nom], regle.nature, canal);
    if (!resultat.ok) {
      if (regle.invalide === "efface") signaler(colonne(nom), "information", resultat.code, `${resultat.message} La valeur est ignorée, comme le fait le Tableau de bord.`);
      else signaler(colonne(nom), "erreur", resultat.code, resultat.message);
      continue;
    }
    if ("absent" in resultat) {
      // Au téléversement, l'identifiant ERP se déduit du prénom, du nom et de la naissance, déjà signalés s'ils manquent.
      const deduit = nom === "id_erp_apprenant" && canal === "televersement";
      if (!deduit && (regle.exigence === "R" || (regle.exigence === "Ru" && canal === "televersement"))) {
        signaler(colonne(nom), "erreur", "champ_requis", "Champ obligatoire manquant.");
      }
      continue;
    }
    dossier[nom] = resultat.valeur;
  }

  for (const suffixe of SUFFIXES) {
    if (dossier[`contrat_date_debut${suffixe}`] !== undefined) continue;
    const orphelin = [`contrat_date_fin${suffixe}`, `contrat_date_rupture${suffixe}`, `cause_rupture_contrat${suffixe}`].find((c) => dossier[c] !== undefined);
    if (orphelin === undefined) continue;
    const message = "Information de contrat incomplète : une fin, une rupture ou une cause de rupture est renseignée sans date de début du contrat.";
    signaler(colonne(`contrat_date_debut${suffixe}`), "erreur", "contrat_incomplet", message);
    signaler(colonne(orphelin), "erreur", "contrat_incomplet", message);
  }
  const entree = dossier["date_entree_formation"];
  const fin = dossier["date_fin_formation"];
  if (typeof entree === "string" && typeof fin === "string" && fin < entree) {
    signaler(colonne("date_fin_formation"), "erreur", "fin_avant_entree", "La date de fin de formation précède la date d'entrée en formation.");
  }

  for (const nom of ["etablissement_responsable_siret", "etablissement_formateur_siret", "etablissement_lieu_de_formation_siret", ...SUFFIXES.map((s) => `siret_employeur${s}`)]) {
    const v = dossier[nom];
    if (typeof v === "string" && !verifierSiret(v).valide) signaler(colonne(nom), "avertissement", "siret_cle_invalide", "Le SIRET a 14 chiffres mais sa clé de contrôle (Luhn) est fausse.");
  }
  for (const nom of ["etablissement_responsable_uai", "etablissement_formateur_uai", "etablissement_lieu_de_formation_uai"]) {
    const v = dossier[nom];
    if (typeof v === "string" && !verifierUai(v).valide) signaler(colonne(nom), "avertissement", "uai_cle_invalide", "L'UAI a le bon format mais sa lettre clé est fausse.");
  }
  const rncp = dossier["formation_rncp"];
  if (typeof rncp === "string" && !verifierRncp(rncp).valide) signaler(colonne("formation_rncp"), "avertissement", "rncp_invalide", "Le code RNCP doit compter de 3 à 5 chiffres.");

  if (anomalies.some((a) => a.gravite === "erreur")) return { ligne, statut: "invalide", anomalies };

  const candidat = dossierApprenantVersEffectif(dossier);
  candidat["source"] = canal === "api" ? "ERP" : "FICHIER";
  if (Object.keys(extensions).length > 0) candidat["extensions"] = extensions;
  const lu = lireEnregistrement(schemaEffectifEntree, candidat);
  if (!lu.ok) {
    for (const e of lu.erreurs) signaler(e.chemin, "erreur", e.code, e.message);
    return { ligne, statut: "invalide", anomalies };
  }
  for (const cle of Object.keys(extensions)) {
    signaler(cle.slice(FORMAT.length + 2).replaceAll("~1", "/").replaceAll("~0", "~"), "information", "champ_hors_standard", "Colonne hors du format du Tableau de bord : conservée dans les extensions de l'effectif.");
  }
  const effectif: Effectif = lu.valeur;
  return { ligne, statut: "valide", effectif, anomalies };
}
