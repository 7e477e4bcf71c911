import { encoderTexte, pointeurJson, type Adaptateur, type CorrespondanceChamp, type ResultatLecteur } from "@communs-opco/adaptateur";
import type { Effectif } from "@communs-opco/schemas";
import type { BilanTdb } from "./BilanTdb.js";
import { champsEffectifTdb } from "./champsEffectifTdb.js";
import { ecrireTeleversementTdbCsv, pertesTeleversementTdb } from "./ecrireTeleversementTdbCsv.js";
import { lireDossiersApprenantsV3 } from "./lireDossiersApprenantsV3.js";
import { lireTeleversementTdb } from "./lireTeleversementTdb.js";

function* resultatsLecteur(bilan: BilanTdb, fichier: string, json: boolean): Generator<ResultatLecteur<Effectif>> {
  // Fichier plat : emplacement par ligne ; corps JSON : pointeur vers l'élément (et sa propriété).
  const situer = (ligne: number, champ?: string) =>
    json
      ? { fichier, pointeur: pointeurJson(champ ? [ligne, champ] : [ligne]), ...(champ ? { champ } : {}) }
      : { fichier, ligne, ...(champ ? { champ } : {}) };
  for (const a of bilan.anomaliesFichier) {
    if (a.gravite === "erreur" && bilan.total === 0) yield { ok: false, erreur: { code: a.code, message: a.message, source: json ? { fichier } : { fichier, ligne: a.ligne } } };
  }
  for (const r of bilan.resultats) {
    if (r.statut === "valide") {
      yield { ok: true, valeur: r.effectif, source: situer(r.ligne) };
      continue;
    }
    const erreurs = r.anomalies.filter((a) => a.gravite === "erreur");
    const [premiere] = erreurs;
    const suite = erreurs.length > 1 ? ` (et ${erreurs.length - 1} autre(s) : ${erreurs.slice(1).map((e) => e.champ).join(", ")})` : "";
    yield {
      ok: false,
      erreur: {
        code: r.statut === "illisible" ? "syntaxe_invalide" : "enregistrement_invalide",
        message: `${premiere?.champ ? `${premiere.champ} : ` : ""}${premiere?.message ?? "Ligne refusée."}${suite}`,
        source: situer(r.ligne, premiere?.champ || undefined),
      },
    };
  }
}

/**
 * Adaptateur du Tableau de bord de l'apprentissage (nom de format `tableau-de-bord`) :
 * lecture des envois de l'API v3 (JSON) et des fichiers de téléversement (CSV, XLSX)
 * vers l'effectif standard, écriture du CSV de téléversement, détection. Chaque ligne ou
 * élément donne un résultat ; les anomalies détaillées sont dans le bilan des fonctions
 * explicites ({@link lireTeleversementTdb}, {@link lireDossiersApprenantsV3}).
 *
 * @example
 * ```ts
 * import { collecterLecture } from "@communs-opco/adaptateur";
 * import { adaptateur } from "@communs-opco/adaptateur-tableau-de-bord";
 * const bilan = await collecterLecture(adaptateur.lire({ nom: "effectifs.csv", octets }));
 * ```
 */
export const adaptateurTableauDeBord: Adaptateur<Effectif> = {
  metadonnees: {
    nom: "tableau-de-bord",
    libelle: "Tableau de bord de l'apprentissage (dossiers apprenants)",
    description: "API v3 POST /api/v3/dossiers-apprenants (JSON) et modèle de téléversement du 29/01/2025 (CSV, XLSX) ; ancien CSV d'import en lecture.",
    versions: ["api-v3", "modele-29012025"],
    capacites: ["lecture", "ecriture", "detection"],
    typeEnregistrement: "effectif",
    extensions: [".json", ".csv", ".xlsx"],
    typesMime: ["application/json", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  },
  correspondance: {
    format: "tableau-de-bord",
    champs: [
      ...Object.entries(champsEffectifTdb).map(([champSource, cheminStandard]): CorrespondanceChamp => ({ champSource, traitement: "standard", cheminStandard })),
      { champSource: "id_erp_apprenant", traitement: "standard", cheminStandard: "idErpApprenant", conversion: "au téléversement : empreinte cyrb53 de prénom + nom + date de naissance" },
      { champSource: "statut_apprenant", traitement: "standard", cheminStandard: "statut.code" },
      { champSource: "date_metier_mise_a_jour_statut", traitement: "standard", cheminStandard: "statut.dateMetier" },
      { champSource: "custom_statut_apprenant", traitement: "standard", cheminStandard: "statut.libelleErp" },
      { champSource: "has_nir", traitement: "standard", cheminStandard: "apprenant.aNir" },
      { champSource: "nir_apprenant", traitement: "standard", cheminStandard: "apprenant.aNir", conversion: "le NIR n'est jamais conservé : seulement sa présence" },
      { champSource: "code_commune_insee_apprenant", traitement: "standard", cheminStandard: "apprenant.codeInsee" },
      { champSource: "code_commune_insee_de_naissance_apprenant", traitement: "standard", cheminStandard: "apprenant.codeInseeNaissance" },
      { champSource: "duree_theorique_formation", traitement: "standard", cheminStandard: "formation.dureeTheoriqueMois", conversion: "années × 12 quand la durée en mois manque" },
      { champSource: "/*", traitement: "extension", raison: "Toute autre colonne ou propriété est conservée sous « tableau-de-bord:/<nom> »." },
    ],
    nonTransportes: ["idErpApprenant", "statut", "apprenant.aNir", "apprenant.codeInsee", "apprenant.codeInseeNaissance", "contrats.4+", "source"],
  },
  async *lire(source) {
    const nom = source.nom.toLowerCase();
    const debut = source.octets.subarray(0, 4);
    const estZip = debut[0] === 0x50 && debut[1] === 0x4b;
    const json = !estZip && (nom.endsWith(".json") || source.typeMime === "application/json");
    let bilan: BilanTdb;
    if (nom.endsWith(".xlsx") || estZip) bilan = await lireTeleversementTdb(source.octets, { type: "xlsx" });
    else if (json) bilan = lireDossiersApprenantsV3(source.octets);
    else bilan = await lireTeleversementTdb(source.octets, { type: "csv" });
    yield* resultatsLecteur(bilan, source.nom, json);
  },
  async ecrire(enregistrements) {
    const effectifs: Effectif[] = [];
    for await (const e of enregistrements) effectifs.push(e);
    const pertes = new Set(effectifs.flatMap(pertesTeleversementTdb));
    return { octets: encoderTexte(ecrireTeleversementTdbCsv(effectifs)), typeMime: "text/csv", extension: ".csv", nonTransportes: [...pertes].sort() };
  },
  detecter(echantillon) {
    const texte = echantillon.texte.replace(/^\uFEFF/u, "");
    if (/"nom_apprenant"\s*:/u.test(texte) && /"(annee_scolaire|id_erp_apprenant|date_entree_formation)"/u.test(texte)) return 0.95;
    const entete = texte.slice(0, texte.search(/\r?\n|$/u));
    if (/nom_apprenant/u.test(entete) && /etablissement_formateur_uai/u.test(entete)) return 0.95;
    if (/^Indicateur;Sexe;Nom;Prenom/u.test(entete)) return 0.8;
    return 0;
  },
};
