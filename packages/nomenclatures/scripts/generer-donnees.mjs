#!/usr/bin/env node
// Génère les modules de données typés de `src/donnees/` à partir des fichiers de
// /work/shared/data/nomenclatures (ou du dossier passé en premier argument).
//
// Usage : node packages/nomenclatures/scripts/generer-donnees.mjs [dossierDonnees] [dossierSortie]
// (par défaut : /work/shared/data/nomenclatures et src/donnees du paquet).
//
// Le script est déterministe : relancé sur les mêmes fichiers, il produit les mêmes modules.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ici = dirname(fileURLToPath(import.meta.url));
const dossierDonnees = resolve(process.argv[2] ?? "/work/shared/data/nomenclatures");
const dossierSortie = resolve(process.argv[3] ?? join(ici, "..", "src", "donnees"));
mkdirSync(dossierSortie, { recursive: true });

/** Lit un CSV RFC 4180 (séparateur virgule, guillemets doubles) et renvoie des objets par en-tête. */
function lireCsv(fichier) {
  const texte = readFileSync(join(dossierDonnees, fichier), "utf8");
  const lignes = [];
  let champ = "";
  let ligne = [];
  let entreGuillemets = false;
  for (let i = 0; i < texte.length; i++) {
    const c = texte[i];
    if (entreGuillemets) {
      if (c === '"') {
        if (texte[i + 1] === '"') {
          champ += '"';
          i++;
        } else {
          entreGuillemets = false;
        }
      } else {
        champ += c;
      }
    } else if (c === '"') {
      entreGuillemets = true;
    } else if (c === ",") {
      ligne.push(champ);
      champ = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && texte[i + 1] === "\n") i++;
      ligne.push(champ);
      lignes.push(ligne);
      ligne = [];
      champ = "";
    } else {
      champ += c;
    }
  }
  if (champ !== "" || ligne.length > 0) {
    ligne.push(champ);
    lignes.push(ligne);
  }
  const [entete, ...donnees] = lignes;
  if (!entete) throw new Error(`${fichier} : fichier vide`);
  return donnees.map((valeurs, index) => {
    if (valeurs.length !== entete.length) {
      throw new Error(`${fichier} ligne ${index + 2} : ${valeurs.length} champs au lieu de ${entete.length}`);
    }
    return Object.fromEntries(entete.map((nom, j) => [nom, valeurs[j]]));
  });
}

const vide = (v) => (v === undefined || v === "" ? null : v);

const DEPOT_CONTRAT = "https://github.com/mission-apprentissage/contrat";
const DEPOT_CERFA = "https://github.com/mission-apprentissage/cerfa";
const sourceContrat = (fichier) => ({
  nom: `mission-apprentissage/contrat, ${fichier} (commit 5c29c9b), converti dans shared/data/nomenclatures`,
  url: `${DEPOT_CONTRAT}/blob/5c29c9b/${fichier}`,
  date: "2024-11-13",
});
const sourceCerfa = (fichier) => ({
  nom: `mission-apprentissage/cerfa, ${fichier} (commit 1441717f), converti dans shared/data/nomenclatures`,
  url: `${DEPOT_CERFA}/blob/1441717f/${fichier}`,
  date: "2022-07-28",
});
const LICENCE_CERFA =
  "MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail)";

/** Sérialise une table : en-tête indenté, une entrée par ligne (fichiers compacts et diffs lisibles). */
function serialiser(table) {
  const { entrees, ...entete } = table;
  const lignesEntete = Object.entries(entete).map(([cle, valeur]) => `  ${JSON.stringify(cle)}: ${JSON.stringify(valeur)},`);
  const lignesEntrees = entrees.map((e) => `    ${JSON.stringify(e)},`);
  return `{\n${lignesEntete.join("\n")}\n  "entrees": [\n${lignesEntrees.join("\n")}\n  ],\n}`;
}

/** Écrit `src/donnees/<nom>.ts` contenant une table typée. */
function ecrireTable(nomExport, typeEntree, importsTypes, table) {
  const importLignes = [
    `import type { Table } from "../Table";`,
    ...importsTypes.map((t) => `import type { ${t} } from "../${t}";`),
  ];
  const contenu = `// Fichier généré par scripts/generer-donnees.mjs : ne pas modifier à la main.
${importLignes.join("\n")}

/**
 * ${table.titre}.
 *
 * Source : ${table.source.nom} (${table.source.date}). Licence : ${table.licence}.
 *
 * @example
 * \`\`\`ts
 * import { ${nomExport} } from "@communs-opco/nomenclatures";
 * ${nomExport}.entrees.length; // ${table.entrees.length}
 * \`\`\`
 */
export const ${nomExport}: Table<${typeEntree}> = ${serialiser(table)};
`;
  writeFileSync(join(dossierSortie, `${nomExport}.ts`), contenu);
  console.log(`${nomExport} : ${table.entrees.length} entrées`);
}

// ---------------------------------------------------------------------------------------------
// Tables du CERFA (cerfa-codes.json)
const cerfa = JSON.parse(readFileSync(join(dossierDonnees, "cerfa-codes.json"), "utf8"));
const exiger = (nom) => {
  const t = cerfa[nom];
  if (!Array.isArray(t)) throw new Error(`cerfa-codes.json : table ${nom} absente`);
  return t;
};
const entreesCode = (nom) =>
  exiger(nom).map((e) => ({ code: e.code, libelle: e.libelle, ...(e.groupe ? { groupe: e.groupe } : {}) }));

const tablesSimples = [
  {
    exportNom: "tableTypeEmployeur",
    source: "typeEmployeur",
    id: "typeEmployeur",
    titre: "Type d'employeur (employeur.typeEmployeur) : privé 11 à 16, public 21 à 29",
    origine: {
      nom: "mission-apprentissage/contrat, shared/helpers/cerfa/schema/employeurSchema.ts (11–16, commit 5c29c9b) et mission-apprentissage/cerfa, ui/modules/Dossier/cerfaForm/blocks/employer/employerSchema.js (21–29, commit 1441717f), convertis dans shared/data/nomenclatures",
      url: DEPOT_CONTRAT,
      date: "2024-11-13",
    },
    remarques: ["Les types publics 21 à 29 viennent du dépôt « cerfa » (2022-07-28), les types privés du dépôt « contrat »."],
  },
  {
    exportNom: "tableEmployeurSpecifique",
    source: "employeurSpecifique",
    id: "employeurSpecifique",
    titre: "Employeur spécifique (employeur.employeurSpecifique)",
    origine: sourceContrat("shared/helpers/cerfa/schema/employeurSchema.ts"),
    remarques: [],
  },
  {
    exportNom: "tableCodeIdccSpecial",
    source: "codeIdccSpecial",
    id: "codeIdccSpecial",
    titre: "Codes IDCC spéciaux (employeur.codeIdcc_special) : 9999 sans convention, 9998 en cours de négociation",
    origine: sourceContrat("shared/helpers/cerfa/schema/employeurSchema.ts"),
    remarques: [],
  },
  {
    exportNom: "tableSexe",
    source: "sexe",
    id: "sexe",
    titre: "Sexe de l'apprenti (apprenti.sexe)",
    origine: sourceContrat("shared/helpers/cerfa/schema/apprentiSchema.ts"),
    remarques: ["AGECAP code M en 1 et F en 2."],
  },
  {
    exportNom: "tableNationalite",
    source: "nationalite",
    id: "nationalite",
    titre: "Nationalité de l'apprenti (apprenti.nationalite)",
    origine: sourceContrat("shared/helpers/cerfa/schema/apprentiSchema.ts"),
    remarques: [],
  },
  {
    exportNom: "tableRegimeSocial",
    source: "regimeSocial",
    id: "regimeSocial",
    titre: "Régime social de l'apprenti (apprenti.regimeSocial)",
    origine: sourceContrat("shared/helpers/cerfa/schema/apprentiSchema.ts"),
    remarques: ["Le modèle AGECAP (employeurs publics) accepte aussi 0."],
  },
  {
    exportNom: "tableSituationAvantContrat",
    source: "situationAvantContrat",
    id: "situationAvantContrat",
    titre: "Situation de l'apprenti avant le contrat (apprenti.situationAvantContrat)",
    origine: sourceContrat("shared/helpers/cerfa/schema/apprentiSchema.ts"),
    remarques: [],
  },
  {
    exportNom: "tableDerniereClasse",
    source: "derniereClasse",
    id: "derniereClasse",
    titre: "Dernière classe ou année suivie par l'apprenti (apprenti.derniereClasse)",
    origine: sourceContrat("shared/helpers/cerfa/schema/apprentiSchema.ts"),
    remarques: [],
  },
  {
    exportNom: "tableNiveauDiplome",
    source: "niveauDiplome",
    id: "niveauDiplome",
    titre: "Niveau du plus haut diplôme du maître d'apprentissage (maitre1/maitre2.niveauDiplome)",
    origine: sourceContrat("shared/constants/diplomes.ts"),
    remarques: [],
  },
  {
    exportNom: "tableModeContractuel",
    source: "modeContractuel",
    id: "modeContractuel",
    titre: "Mode contractuel de l'apprentissage (contrat.modeContractuel)",
    origine: sourceContrat("shared/helpers/cerfa/schema/contratSchema.ts"),
    remarques: ["Le canal AGECAP (employeurs publics) envoie toujours 1."],
  },
  {
    exportNom: "tableTypeContratApp",
    source: "typeContratApprenti",
    id: "typeContratApp",
    titre: "Type de contrat ou d'avenant (contrat.typeContratApp) : 11, 21–23, 31–38",
    origine: sourceContrat("shared/helpers/cerfa/domains/contrat/getTypeContratApprentiOptions.ts"),
    remarques: ["Le code 38 existe depuis le CERFA *14 ; le modèle AGECAP s'arrête à 37."],
  },
  {
    exportNom: "tableTypeDerogation",
    source: "typeDerogation",
    id: "typeDerogation",
    titre: "Type de dérogation (contrat.typeDerogation)",
    origine: sourceContrat("shared/helpers/cerfa/domains/contrat/getTypeDerogationOptions.ts"),
    remarques: ["AGECAP envoie 99 quand il n'y a pas de dérogation ; 99 n'est pas un code du CERFA."],
  },
  {
    exportNom: "tableTypeSalaire",
    source: "typeSalaire",
    id: "typeSalaire",
    titre: "Salaire de référence d'une ligne de rémunération (remunerationsAnnuelles[].typeSalaire)",
    origine: sourceContrat("shared/helpers/cerfa/schema/contratSchema.ts"),
    remarques: [],
  },
  {
    exportNom: "tableCaisseRetraiteComplementaire",
    source: "caisseRetraiteComplementaire",
    id: "caisseRetraiteComplementaire",
    titre: "Caisse de retraite complémentaire (contrat.caisseRetraiteSupplementaire) ; la valeur stockée est le libellé",
    origine: sourceContrat("shared/helpers/cerfa/schema/contratSchema.ts"),
    remarques: ["L'application de référence écrit « Malakoff Humanis Agric-Arrco » ; le libellé est repris tel quel."],
  },
  {
    exportNom: "tableIndiceRepetitionVoie",
    source: "indiceRepetitionVoie",
    id: "indiceRepetitionVoie",
    titre: "Indice de répétition de la voie d'une adresse (adresse.repetitionVoie)",
    origine: sourceCerfa("ui/modules/Dossier/cerfaForm/domain/indiceDeRepetionOptions.js"),
    remarques: [],
  },
  {
    exportNom: "tableRegionCerfa",
    source: "region",
    id: "regionCerfa",
    titre: "Régions de la liste du CERFA (codes INSEE, plus 905 Saint-Pierre-et-Miquelon et 912 Nouvelle-Calédonie)",
    origine: sourceCerfa("ui/modules/Dossier/cerfaForm/blocks/employer/employerSchema.js"),
    remarques: [
      "Libellés de la liste du CERFA, moins soignés que ceux de la table des régions (tableRegions) ; 905 et 912 ne sont pas des codes de région INSEE.",
    ],
  },
];

for (const t of tablesSimples) {
  ecrireTable(t.exportNom, "EntreeCode", ["EntreeCode"], {
    id: t.id,
    titre: t.titre,
    source: t.origine,
    licence: LICENCE_CERFA,
    remarques: t.remarques,
    entrees: entreesCode(t.source),
  });
}

// Diplômes : niveau européen déduit du groupe (contrat.md §2.2 ; 80 Doctorat = niveau 8).
const niveauParGroupe = new Map([
  ["Aucun diplôme ni titre", null],
  ["Diplôme ou titre de niveau CAP/BEP", "3"],
  ["Diplôme ou titre de niveau bac", "4"],
  ["Diplôme ou titre de niveau bac +2", "5"],
  ["Diplôme ou titre de niveau bac +3 et 4", "6"],
  ["Diplôme ou titre de niveau bac +5 et plus", "7"],
]);
const diplomes = exiger("diplome").map((e) => {
  if (!niveauParGroupe.has(e.groupe)) throw new Error(`diplome : groupe inconnu ${e.groupe}`);
  return {
    code: e.code,
    libelle: e.libelle,
    groupe: e.groupe,
    niveauEuropeen: e.code === "80" ? "8" : niveauParGroupe.get(e.groupe),
  };
});
ecrireTable("tableDiplome", "EntreeDiplome", ["EntreeDiplome"], {
  id: "diplome",
  titre:
    "Diplômes et titres (liste DIPLOMES) : diplôme préparé, plus haut diplôme obtenu, type de diplôme de la formation",
  source: sourceContrat("shared/constants/diplomes.ts"),
  licence: LICENCE_CERFA,
  remarques: [
    "Le niveau européen est déduit du groupe (contrat.md §2.2) ; le doctorat (80) est au niveau 8.",
  ],
  entrees: diplomes,
});

const codesDiplomes = new Map(diplomes.map((d) => [d.code, d.libelle]));
const prefixes = exiger("prefixeCodeDiplomeVersTypeDiplome").map((e) => {
  if (codesDiplomes.has(e.typeDiplome)) {
    return { code: e.code, typeDiplome: e.typeDiplome, libelle: codesDiplomes.get(e.typeDiplome) };
  }
  return { code: e.code, typeDiplome: null, typeDiplomeSource: e.typeDiplome, libelle: null };
});
ecrireTable("tablePrefixeCfd", "EntreePrefixeCfd", ["EntreePrefixeCfd"], {
  id: "prefixeCfd",
  titre: "Préfixe du code formation diplôme (3 premiers caractères du CFD) → type de diplôme du CERFA",
  source: sourceContrat("shared/constants/diplomes.ts"),
  licence: LICENCE_CERFA,
  remarques: [
    "Préfixe 251 : la source donne le type 64, absent de la liste DIPLOMES ; ce paquet ne propose aucun type (typeDiplome null, typeDiplomeSource « 64 »), à vérifier (contrat.md §2.6).",
    "Préfixe inconnu : aucun type proposé.",
  ],
  entrees: prefixes,
});

ecrireTable("tablePays", "EntreePays", ["EntreePays"], {
  id: "pays",
  titre: "Pays (code ISO 3166 alpha-2) de la liste du CERFA",
  source: sourceCerfa("server/src/common/model/schema/specific/dossier/cerfa/parts/pays.part.js"),
  licence: "MIT (dépôt source, © 2023 Mission Apprentissage) ; codes ISO 3166",
  remarques: [],
  entrees: exiger("pays").map((e) => ({
    code: e.code,
    libelle: e.libelle,
    libelleOfficiel: e.libelleOfficiel,
    actif: e.actif === true,
  })),
});

// ---------------------------------------------------------------------------------------------
// IDCC → OPCO
const slugParLibelle = new Map([
  ["AFDAS", "afdas"],
  ["OPCO entreprises et salariés des services à forte intensité de main-d'œuvre", "akto"],
  ["OPCO ATLAS", "atlas"],
  ["OPCO Construction", "constructys"],
  ["OCAPIAT", "ocapiat"],
  ["OPCO 2i", "opco2i"],
  ["OPCO Commerce", "opcommerce"],
  ["OPCO entreprises de proximité", "opco-ep"],
  ["OPCO Mobilité", "opco-mobilites"],
  ["OPCO Santé", "opco-sante"],
  ["OPCO Cohésion sociale", "uniformation"],
]);
const idccOpco = lireCsv("idcc-opco.csv").map((l) => {
  const opco = slugParLibelle.get(l.opco);
  if (!opco) throw new Error(`idcc-opco.csv : OPCO inconnu « ${l.opco} »`);
  if (!/^\d{4}$/.test(l.idcc)) throw new Error(`idcc-opco.csv : IDCC mal formé « ${l.idcc} »`);
  return { idcc: l.idcc, opco, libelleSource: l.opco };
});
ecrireTable("tableIdccOpco", "EntreeIdccOpco", ["EntreeIdccOpco"], {
  id: "idccOpco",
  titre: "Rattachement des conventions collectives (IDCC) aux 11 OPCO",
  source: sourceContrat("shared/constants/opcos.ts"),
  licence:
    "MIT (dépôt source, © 2023 Mission Apprentissage) ; correspondance publique IDCC → OPCO (France compétences, arrêtés d'agrément)",
  remarques: [
    "Table statique de l'application de référence (330 couples, novembre 2024). Les fusions de branches la font évoluer : la vérité pour une entreprise est l'API SIRO de France compétences (opco-echanges.md §2.2).",
  ],
  entrees: idccOpco,
});

// ---------------------------------------------------------------------------------------------
// Conventions collectives (IDCC)
const conventions = lireCsv("idcc.csv").map((l) => ({
  idcc: l.idcc,
  libelle: l.libelle,
  nature: vide(l.nature),
  etatsLegifrance: l.etats_legifrance === "" ? [] : l.etats_legifrance.split("|"),
  etatRechercheEntreprise: vide(l.etat_recherche_entreprise),
  enVigueur: l.en_vigueur === "true",
  idKali: vide(l.id_kali),
  dateDebut: vide(l.date_debut),
  url: vide(l.url),
  titre: l.titre,
}));
for (const c of conventions) {
  if (!["true", "false"].includes(String(c.enVigueur))) throw new Error(`idcc.csv : en_vigueur invalide ${c.idcc}`);
}
ecrireTable("tableConventionsCollectives", "ConventionCollective", ["ConventionCollective"], {
  id: "conventionsCollectives",
  titre: "Conventions collectives (IDCC) avec leurs états Légifrance",
  source: {
    nom: "mission-apprentissage/contrat, shared/constants/idcc.ts (commit 5c29c9b), d'après Légifrance KALI et l'API Recherche d'entreprises, converti dans shared/data/nomenclatures",
    url: `${DEPOT_CONTRAT}/blob/5c29c9b/shared/constants/idcc.ts`,
    date: "2024-11-13",
  },
  licence:
    "MIT (dépôt source, © 2023 Mission Apprentissage) ; données KALI (DILA / Légifrance) sous Licence Ouverte / Etalab 2.0",
  remarques: [
    "enVigueur suit la règle de la source : vrai si un état Légifrance est VIGUEUR_ETEN ou VIGUEUR_NON_ETEN, ou s'il n'y a aucune information Légifrance.",
    "La clé « 1740 1841 1843 » regroupe trois IDCC, comme dans la source ; chacun a aussi sa propre entrée.",
  ],
  entrees: conventions,
});

// ---------------------------------------------------------------------------------------------
// Départements, régions, académies
const lignesDep = lireCsv("departements.csv");
const deuxChiffres = (v) => (v === "" ? null : v.padStart(2, "0"));
const departements = lignesDep.map((l) => ({
  code: l.code_dept,
  nom: l.nom_dept,
  codeRegion: vide(l.code_region),
  codeAcademie: deuxChiffres(l.num_academie),
  statut: "verifie",
}));
// Collectivités d'outre-mer (COG INSEE) : absentes du fichier source ; rattachements à vérifier.
const collectivites = [
  ["975", "Saint-Pierre-et-Miquelon", "44"],
  ["977", "Saint-Barthélemy", "32"],
  ["978", "Saint-Martin", "32"],
  ["984", "Terres australes et antarctiques françaises", null],
  ["986", "Wallis-et-Futuna", "42"],
  ["987", "Polynésie française", "41"],
  ["988", "Nouvelle-Calédonie", "40"],
  ["989", "Île de Clipperton", null],
];
for (const [code, nom, codeAcademie] of collectivites) {
  departements.push({ code, nom, codeRegion: null, codeAcademie, statut: "a_verifier" });
}
ecrireTable("tableDepartements", "EntreeDepartement", ["EntreeDepartement"], {
  id: "departements",
  titre: "Départements, départements d'outre-mer et collectivités d'outre-mer, avec région et académie",
  source: {
    nom: "mission-apprentissage/contrat, shared/constants/departements.ts (commit 5c29c9b), converti dans shared/data/nomenclatures ; collectivités d'outre-mer d'après le Code officiel géographique (INSEE)",
    url: `${DEPOT_CONTRAT}/blob/5c29c9b/shared/constants/departements.ts`,
    date: "2024-11-13",
  },
  licence:
    "MIT (dépôt source, © 2023 Mission Apprentissage) ; Code officiel géographique INSEE sous Licence Ouverte / Etalab 2.0",
  remarques: [
    "Les codes d'académie de la source (« 1 », « 2 »…) sont complétés à 2 chiffres.",
    "« 99 » (Étranger) n'a ni région ni académie.",
    "Les collectivités d'outre-mer (975, 977, 978, 984, 986–989) ne sont pas dans la source : ajoutées d'après le COG, sans région ; leur rattachement académique (vice-rectorats, académie de Guadeloupe) est à vérifier (statut « a_verifier »).",
  ],
  entrees: departements,
});

const regions = new Map();
for (const l of lignesDep) {
  if (l.code_region === "") continue;
  const connu = regions.get(l.code_region);
  if (connu && connu.nom !== l.nom_region) throw new Error(`région ${l.code_region} : deux noms`);
  regions.set(l.code_region, { code: l.code_region, nom: l.nom_region, statut: "verifie" });
}
ecrireTable("tableRegions", "EntreeRegion", ["EntreeRegion"], {
  id: "regions",
  titre: "Régions (codes INSEE, y compris les 5 régions d'outre-mer)",
  source: {
    nom: "mission-apprentissage/contrat, shared/constants/departements.ts (commit 5c29c9b), converti dans shared/data/nomenclatures",
    url: `${DEPOT_CONTRAT}/blob/5c29c9b/shared/constants/departements.ts`,
    date: "2024-11-13",
  },
  licence:
    "MIT (dépôt source, © 2023 Mission Apprentissage) ; Code officiel géographique INSEE sous Licence Ouverte / Etalab 2.0",
  remarques: [],
  entrees: [...regions.values()].sort((a, b) => a.code.localeCompare(b.code)),
});

const academies = new Map();
for (const l of lignesDep) {
  const code = deuxChiffres(l.num_academie);
  if (code === null) continue;
  const connu = academies.get(code);
  if (connu && connu.nom !== l.nom_academie) throw new Error(`académie ${code} : deux noms`);
  academies.set(code, { code, nom: l.nom_academie, statut: "verifie" });
}
const academiesAjoutees = [
  ["00", "Étranger"],
  ["40", "Nouvelle-Calédonie"],
  ["41", "Polynésie française"],
  ["42", "Wallis-et-Futuna"],
  ["44", "Saint-Pierre-et-Miquelon"],
];
for (const [code, nom] of academiesAjoutees) {
  if (!academies.has(code)) academies.set(code, { code, nom, statut: "a_verifier" });
}
ecrireTable("tableAcademies", "EntreeAcademie", ["EntreeAcademie"], {
  id: "academies",
  titre: "Académies et vice-rectorats (codes à 2 chiffres)",
  source: {
    nom: "mission-apprentissage/contrat, shared/constants/departements.ts (commit 5c29c9b), converti dans shared/data/nomenclatures ; codes 00, 40, 41, 42 et 44 d'après la BCN (table N_ACADEMIE) et referentiels.md §3",
    url: `${DEPOT_CONTRAT}/blob/5c29c9b/shared/constants/departements.ts`,
    date: "2024-11-13",
  },
  licence:
    "MIT (dépôt source, © 2023 Mission Apprentissage) ; nomenclature BCN (Éducation nationale) sous Licence Ouverte / Etalab 2.0",
  remarques: [
    "Les 30 académies de la source ont le statut « verifie » ; 00 Étranger et les vice-rectorats 40, 41, 42, 44 sont ajoutés d'après la BCN et sont à vérifier.",
  ],
  entrees: [...academies.values()].sort((a, b) => a.code.localeCompare(b.code)),
});
