import { cleNir } from "@communs-opco/identifiants";
import { convention } from "@communs-opco/nomenclatures";
import type { Contrat } from "@communs-opco/schemas";
import type { Aleatoire } from "./Aleatoire";
import { donneesDemo, type FormationDemo } from "./donneesDemo";
import type { OptionsContratDemo } from "./genererContratValide";
import { identifiantsDemo } from "./identifiantsDemo";
import { organismesDemo } from "./organismesDemo";

/**
 * Famille de défauts des données de démonstration : un écart connu à une règle du contrat
 * (contrat.md §3), ou une ligne illisible. Chaque enregistrement défectueux n'en porte qu'une.
 *
 * @example
 * ```ts
 * const d: DefautDemo = defautsDemo.find((x) => x.id === "siret.cle")!;
 * d.idSpecification; // ["R-SIRET-LUHN"]
 * ```
 */
export interface DefautDemo {
  /** Identifiant stable de la famille. */
  readonly id: string;
  /** Description en français. */
  readonly description: string;
  /**
   * Identifiants de la spécification des règles qui doivent le détecter : `R-…` (règles du
   * contrat, `registreContrat`) ou `PP-…` (vérifications avant paiement, `registrePrepaiement`,
   * sur l'instantané embarqué) ; vide pour une ligne illisible.
   */
  readonly idSpecification: readonly string[];
  /** Vrai quand la ligne JSON elle-même est altérée (enregistrement illisible). */
  readonly illisible: boolean;
  /**
   * Statut attendu du constat sur l'instantané embarqué : `non_conforme` par défaut ;
   * `indetermine` quand seul un référentiel complet (ou en ligne) prouve l'écart, l'extrait
   * embarqué ne prouvant aucune absence.
   */
  readonly statutHorsLigne?: "non_conforme" | "indetermine";
  /** Paramètres de construction du contrat (âge, durée, calendrier). */
  options?(alea: Aleatoire): OptionsContratDemo;
  /** Modification du contrat construit. */
  appliquer?(contrat: Contrat, alea: Aleatoire): void;
  /** Altération du texte JSON de la ligne (lignes illisibles). */
  alterer?(ligne: string, alea: Aleatoire): string;
}

/** Change le chiffre de rang `rang` (0 = premier) d'une chaîne de chiffres en un autre chiffre. */
function autreChiffre(valeur: string, rang: number, alea: Aleatoire): string {
  const actuel = Number(valeur[rang]);
  const nouveau = (actuel + alea.entier(1, 9)) % 10;
  return valeur.slice(0, rang) + String(nouveau) + valeur.slice(rang + 1);
}

/** Recalcule la clé d'un NIR dont les 13 premiers caractères ont été modifiés. */
function avecCle(nir13: string): string {
  return nir13 + cleNir(nir13);
}

/** IDCC de 4 chiffres absents de la table des conventions collectives (et différents de 9998/9999). */
function idccInconnu(alea: Aleatoire): string {
  for (;;) {
    const code = String(alea.entier(4000, 8999));
    if (convention(code) === undefined) return code;
  }
}

/** Organismes réels du Référentiel selon leur nature, leur état et leur certification Qualiopi. */
const responsables = organismesDemo.organismes.filter((o) => o.nature !== "formateur");
const CFA_FERMES = responsables.filter((o) => o.etat === "ferme");
const CFA_SANS_QUALIOPI = responsables.filter((o) => o.etat === "actif" && !o.qualiopi);
const FORMATEURS_SEULS = organismesDemo.organismes.filter((o) => o.nature === "formateur" && o.etat === "actif" && o.qualiopi);

/**
 * Couples réels du Kit apprentissage (instantané embarqué) : fiches RNCP dont l'enregistrement a
 * pris fin (BTS fermés dans la BCN, sans diplôme de remplacement) et fiches actives mais fermées
 * à la voie de l'apprentissage.
 */
const CERTIFICATIONS_FERMEES: readonly FormationDemo[] = [
  { rncp: "RNCP3148", codeDiplome: "32020007", typeDiplome: "54", intitule: "BTS Design de produits", dureeMois: 24 },
  { rncp: "RNCP854", codeDiplome: "32023011", typeDiplome: "54", intitule: "BTS Design d'espace", dureeMois: 24 },
  { rncp: "RNCP7098", codeDiplome: "32022405", typeDiplome: "54", intitule: "BTS Concepteur en art et industrie céramique", dureeMois: 24 },
];
const CERTIFICATIONS_HORS_APPRENTISSAGE: readonly FormationDemo[] = [
  { rncp: "RNCP38807", codeDiplome: "46X33301", typeDiplome: "49", intitule: "Formateur animateur (AFTRAL)", dureeMois: 12 },
  { rncp: "RNCP38098", codeDiplome: "36T23008", typeDiplome: "58", intitule: "Encadrant technique d'une opération de traitement de l'amiante (TP)", dureeMois: 12 },
];

/** Secteurs dont le maître d'apprentissage a au moins le niveau donné (cohérence avec la certification). */
function secteursNiveau(niveau: number) {
  return donneesDemo.secteurs.filter((s) => Number(s.niveauMaitre) >= niveau);
}

/** Codes au format NAF rév. 2 qui n'existent pas dans la nomenclature. */
const NAF_INEXISTANTS = ["62.99Z", "56.40Z", "47.95Z", "10.55Z", "43.98A", "85.70Z"] as const;

/**
 * Les familles de défauts du jeu de démonstration, une par règle majeure : clé de SIRET, lettre
 * clé d'UAI, NIR incohérent avec le sexe ou l'année de naissance, apprenti trop âgé sans
 * exception, mineur sans représentant légal, contrat de moins de 6 mois, formation commençant
 * plus de 3 mois après le contrat, taux de rémunération inférieur au minimum, IDCC inconnu, NAF
 * inexistant, commune incohérente avec le code postal, courriel invalide ; six familles relevées
 * par les vérifications avant paiement sur l'instantané embarqué (CFA fermé, sans Qualiopi,
 * simple formateur ou inconnu, certification fermée ou hors apprentissage) ; et deux familles de
 * lignes illisibles (ligne tronquée, JSON invalide).
 *
 * @example
 * ```ts
 * defautsDemo.filter((d) => d.illisible).map((d) => d.id); // ["ligne.tronquee", "ligne.jsonInvalide"]
 * ```
 */
export const defautsDemo: readonly DefautDemo[] = [
  {
    id: "siret.cle",
    description: "SIRET de l'employeur dont la clé de Luhn est fausse",
    idSpecification: ["R-SIRET-LUHN"],
    illisible: false,
    appliquer(contrat, alea) {
      if (contrat.employeur?.siret !== undefined) contrat.employeur.siret = autreChiffre(contrat.employeur.siret, 13, alea);
    },
  },
  {
    id: "uai.cle",
    description: "UAI du CFA dont la lettre clé est fausse",
    idSpecification: ["R-UAI"],
    illisible: false,
    appliquer(contrat, alea) {
      const uai = contrat.organismeFormation?.uaiCfa;
      if (contrat.organismeFormation === undefined || uai === undefined) return;
      const lettres = "ABCDEFGHJKLMNPRSTUVWXYZ".replace(uai.slice(7), "");
      contrat.organismeFormation.uaiCfa = uai.slice(0, 7) + alea.choisir([...lettres]);
    },
  },
  {
    id: "nir.sexe",
    description: "NIR de l'apprenti dont le 1er chiffre contredit le sexe déclaré",
    idSpecification: ["R-NIR-SEXE"],
    illisible: false,
    appliquer(contrat) {
      const nir = contrat.apprenti?.nir;
      if (contrat.apprenti === undefined || nir === undefined) return;
      contrat.apprenti.nir = avecCle((nir[0] === "1" ? "2" : "1") + nir.slice(1, 13));
    },
  },
  {
    id: "nir.anneeNaissance",
    description: "NIR de l'apprenti dont l'année de naissance contredit la date de naissance",
    idSpecification: ["R-NIR-AN"],
    illisible: false,
    appliquer(contrat, alea) {
      const nir = contrat.apprenti?.nir;
      if (contrat.apprenti === undefined || nir === undefined) return;
      const annee = (Number(nir.slice(1, 3)) + alea.entier(1, 3)) % 100;
      contrat.apprenti.nir = avecCle(nir[0] + String(annee).padStart(2, "0") + nir.slice(3, 13));
    },
  },
  {
    id: "age.maximum",
    description: "Apprenti de 30 ans ou plus au début du contrat, sans cas d'exception (handicap, projet de création, sportif de haut niveau)",
    idSpecification: ["R-AGE-MAX"],
    illisible: false,
    options: (alea) => ({ ageDebut: alea.entier(30, 34) }),
  },
  {
    id: "mineur.representantLegal",
    description: "Apprenti mineur non émancipé à la signature, sans représentant légal",
    idSpecification: ["R-MINEUR-RL"],
    illisible: false,
    options: (alea) => ({ ageDebut: 16, secteur: alea.choisir(donneesDemo.secteurs.filter((s) => s.formations.some((f) => f.typeDiplome === "33"))) }),
    appliquer(contrat) {
      if (contrat.apprenti === undefined) return;
      contrat.apprenti.apprentiMineur = true;
      contrat.apprenti.apprentiMineurNonEmancipe = true;
      delete contrat.apprenti.responsableLegal;
    },
  },
  {
    id: "duree.minimum",
    description: "Contrat de moins de 6 mois",
    idSpecification: ["R-D2"],
    illisible: false,
    options: (alea) => ({ dureeContratMois: alea.entier(2, 5) }),
  },
  {
    id: "formation.fenetre",
    description: "Formation théorique commençant plus de 3 mois après le début du contrat",
    idSpecification: ["R-D13"],
    illisible: false,
    options: (alea) => ({ decalageFormationMois: alea.entier(4, 5) }),
  },
  {
    id: "remuneration.tauxMinimum",
    description: "Ligne de rémunération dont le taux est inférieur au minimum légal",
    idSpecification: ["R-REM-MIN"],
    illisible: false,
    appliquer(contrat, alea) {
      const lignes = contrat.contrat?.remunerationsAnnuelles;
      if (lignes === undefined || lignes.length === 0) return;
      const ligne = lignes[alea.entier(0, lignes.length - 1)];
      if (ligne?.taux === undefined) return;
      const ancien = ligne.taux;
      ligne.taux = Math.max(1, ancien - alea.entier(5, 15));
      if (ligne.salaireBrut !== undefined) ligne.salaireBrut = Math.round((ligne.salaireBrut * ligne.taux * 100) / ancien) / 100;
      if (ligne === lignes[0] && contrat.contrat !== undefined && ligne.salaireBrut !== undefined) contrat.contrat.salaireEmbauche = ligne.salaireBrut;
    },
  },
  {
    id: "idcc.inconnu",
    description: "Code IDCC absent de la table des conventions collectives",
    idSpecification: ["R-IDCC"],
    illisible: false,
    appliquer(contrat, alea) {
      if (contrat.employeur === undefined) return;
      contrat.employeur.codeIdcc = idccInconnu(alea);
    },
  },
  {
    id: "naf.inconnu",
    description: "Code NAF au bon format mais inexistant dans la NAF rév. 2",
    idSpecification: ["R-NAF"],
    illisible: false,
    appliquer(contrat, alea) {
      if (contrat.employeur !== undefined) contrat.employeur.naf = alea.choisir(NAF_INEXISTANTS);
    },
  },
  {
    id: "adresse.commune",
    description: "Commune de l'apprenti qui ne correspond pas à son code postal",
    idSpecification: ["R-CP"],
    illisible: false,
    appliquer(contrat, alea) {
      const adresse = contrat.apprenti?.adresse;
      if (adresse === undefined) return;
      const autres = donneesDemo.villes.filter((v) => v.commune !== adresse.commune);
      adresse.commune = alea.choisir(autres).commune;
    },
  },
  {
    id: "courriel.syntaxe",
    description: "Courriel de l'apprenti sans domaine valide",
    idSpecification: ["R-EMAIL"],
    illisible: false,
    appliquer(contrat) {
      const courriel = contrat.apprenti?.courriel;
      if (contrat.apprenti === undefined || courriel === undefined) return;
      contrat.apprenti.courriel = courriel.replace(/@.*$/, "@example");
    },
  },
  {
    id: "cfa.ferme",
    description: "CFA responsable réel mais fermé (état administratif au Référentiel des organismes)",
    idSpecification: ["PP-CFA-KNOWN"],
    illisible: false,
    options: (alea) => ({ organisme: alea.choisir(CFA_FERMES) }),
  },
  {
    id: "cfa.sansQualiopi",
    description: "CFA responsable réel et ouvert, mais sans certification Qualiopi pour l'apprentissage",
    idSpecification: ["PP-QUALIOPI"],
    illisible: false,
    options: (alea) => ({ organisme: alea.choisir(CFA_SANS_QUALIOPI) }),
  },
  {
    id: "cfa.nonResponsable",
    description: "CFA déclaré responsable alors qu'il n'est qu'organisme formateur au Référentiel (il ne peut pas facturer l'OPCO)",
    idSpecification: ["PP-CFA-KNOWN"],
    illisible: false,
    options: (alea) => ({ organisme: alea.choisir(FORMATEURS_SEULS) }),
  },
  {
    id: "cfa.inconnu",
    description:
      "CFA inconnu du Référentiel des organismes (SIRET et UAI à clé valide mais inventés) : indéterminé sur l'instantané embarqué, dont le Référentiel des organismes est un extrait ; non conforme avec le référentiel complet",
    idSpecification: ["PP-CFA-KNOWN"],
    illisible: false,
    statutHorsLigne: "indetermine",
    appliquer(contrat, alea) {
      const cfa = contrat.organismeFormation;
      if (cfa === undefined) return;
      cfa.siret = identifiantsDemo.siret(alea);
      cfa.uaiCfa = identifiantsDemo.uai(alea, contrat.employeur?.adresse?.departement ?? "75");
      contrat.etablissementFormation = { memeResponsable: true };
    },
  },
  {
    id: "certification.fermee",
    description: "Certification dont la fiche RNCP n'est plus active (diplôme fermé, sans remplaçant)",
    idSpecification: ["PP-CERTIF-EXISTS"],
    illisible: false,
    options: (alea) => ({ secteur: alea.choisir(secteursNiveau(5)), formation: alea.choisir(CERTIFICATIONS_FERMEES) }),
  },
  {
    id: "certification.horsApprentissage",
    description: "Certification active mais fermée à la voie de l'apprentissage",
    idSpecification: ["PP-CERTIF-APPR"],
    illisible: false,
    options: (alea) => ({ secteur: alea.choisir(secteursNiveau(5)), formation: alea.choisir(CERTIFICATIONS_HORS_APPRENTISSAGE) }),
  },
  {
    id: "ligne.tronquee",
    description: "Ligne JSON tronquée (enregistrement interrompu)",
    idSpecification: [],
    illisible: true,
    alterer: (ligne, alea) => ligne.slice(0, alea.entier(20, ligne.length - 20)),
  },
  {
    id: "ligne.jsonInvalide",
    description: "Ligne JSON syntaxiquement invalide (guillemet manquant)",
    idSpecification: [],
    illisible: true,
    alterer: (ligne) => ligne.replace('"apprenti":', "apprenti:"),
  },
];
