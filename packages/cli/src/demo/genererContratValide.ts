import { convention } from "@communs-opco/nomenclatures";
import { ageRevolu, ajouterJours, ajouterMois, calculerRemuneration, dureeContratMois, smicMensuelEnVigueur } from "@communs-opco/regles";
import type { Contrat } from "@communs-opco/schemas";
import type { Aleatoire } from "./Aleatoire";
import { donneesDemo, type FormationDemo, type SecteurDemo, type VilleDemo } from "./donneesDemo";
import { identifiantsDemo } from "./identifiantsDemo";
import { organismesDemo, type OrganismeDemo } from "./organismesDemo";

/**
 * Paramètres d'un contrat de démonstration ; par défaut, des valeurs réalistes et conformes sont
 * tirées au hasard. Les familles de défauts s'en servent pour fabriquer un contrat non conforme
 * mais cohérent par ailleurs (âge, durée, calendrier de formation).
 *
 * @example
 * ```ts
 * const options: OptionsContratDemo = { ageDebut: 31, dureeContratMois: 4 };
 * ```
 */
export interface OptionsContratDemo {
  /** Âge révolu de l'apprenti au début d'exécution du contrat. */
  ageDebut?: number;
  /** Durée du contrat en mois (par défaut, celle du cycle de formation). */
  dureeContratMois?: number;
  /** Mois entre le début du contrat et le début de la formation théorique (par défaut 0). */
  decalageFormationMois?: number;
  /** Secteur imposé (par défaut tiré au hasard). */
  secteur?: SecteurDemo;
  /** Certification imposée (par défaut tirée parmi celles du secteur). */
  formation?: FormationDemo;
  /** CFA responsable imposé (par défaut un CFA responsable actif et Qualiopi proche de l'employeur). */
  organisme?: OrganismeDemo;
}

/** CFA responsables réels, ouverts et certifiés Qualiopi (les seuls tirés pour un contrat conforme). */
const CFA_CONFORMES = organismesDemo.organismes.filter((o) => o.nature !== "formateur" && o.etat === "actif" && o.qualiopi);

/** CFA du département de l'employeur s'il y en a, sinon de toute la France. */
function cfaProche(alea: Aleatoire, departement: string): OrganismeDemo {
  const proches = CFA_CONFORMES.filter((o) => o.departement === departement);
  return alea.choisir(proches.length > 0 ? proches : CFA_CONFORMES);
}

/** Début de la fenêtre des débuts de contrat générés (contrats de la rentrée 2025). */
const PREMIER_DEBUT = "2025-06-02";
const LIBELLES_DIPLOMES: Record<string, string> = {
  "25": "Diplôme national du brevet",
  "33": "CAP",
  "41": "Baccalauréat professionnel",
  "42": "Baccalauréat général",
  "43": "Baccalauréat technologique",
};

function sansAccents(texte: string): string {
  return texte
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function telephone(alea: Aleatoire, departement: string, mobile: boolean): string {
  if (mobile) return `+33${alea.choisir(["6", "7"])}${alea.chiffres(8)}`;
  const prefixes: Record<string, string> = { "974": "262", "972": "596", "976": "269", "971": "590", "973": "594" };
  const prefixe = prefixes[departement];
  return prefixe === undefined ? `+33${alea.entier(1, 5)}${alea.chiffres(8)}` : `+33${prefixe}${alea.chiffres(6)}`;
}

function adresse(alea: Aleatoire, ville: VilleDemo) {
  return { numero: String(alea.entier(1, 120)), voie: alea.choisir(donneesDemo.voies), codePostal: ville.codePostal, commune: ville.commune };
}

/** Niveau (3 à 8) d'un code DIPLOMES du CERFA. */
function niveau(typeDiplome: string): number {
  return Number(typeDiplome[0]);
}

/**
 * Génère un contrat d'apprentissage standard **conforme** et réaliste : SIRET employeur et NIR
 * fictifs à clé valide, IDCC en vigueur et NAF réels du secteur de l'OPCO, code postal et commune
 * réels, rémunération minimale légale calculée par `@communs-opco/regles`, CFA responsable réel
 * (ouvert, certifié Qualiopi, proche de l'employeur) et parfois un autre de ses lieux de
 * formation ({@link organismesDemo}), certification réelle du Kit apprentissage connue de
 * l'instantané embarqué. Les personnes et les employeurs sont fictifs.
 *
 * @example
 * ```ts
 * const contrat = genererContratValide(Aleatoire.depuisGraine(7));
 * contrat.employeur?.codeIdcc; // un IDCC réel, p. ex. "1486"
 * ```
 */
export function genererContratValide(alea: Aleatoire, options: OptionsContratDemo = {}): Contrat {
  const secteur = options.secteur ?? alea.choisir(donneesDemo.secteurs);
  const formation = options.formation ?? alea.choisir(secteur.formations);
  const villeEmployeur = alea.choisir(donneesDemo.villes);
  const villeApprenti = alea.probabilite(0.7) ? villeEmployeur : alea.choisir(donneesDemo.villes);
  const villeNaissance = alea.probabilite(0.6) ? villeApprenti : alea.choisir(donneesDemo.villes);

  // Dates du contrat.
  const dateDebutContrat = ajouterJours(PREMIER_DEBUT, alea.entier(0, 140));
  const dateSignature = ajouterJours(dateDebutContrat, -alea.entier(3, 25));
  const duree = options.dureeContratMois ?? formation.dureeMois;
  const dateFinContrat = ajouterJours(ajouterMois(dateDebutContrat, duree), -1);
  const debutFormationBase = options.decalageFormationMois === undefined ? dateDebutContrat : ajouterMois(dateDebutContrat, options.decalageFormationMois);
  const dateDebutFormation = ajouterJours(debutFormationBase, alea.entier(0, 20));
  const finFormationPossible = ajouterJours(dateFinContrat, -alea.entier(0, 60));
  const dateFinFormation = finFormationPossible > dateDebutFormation ? finFormationPossible : dateFinContrat;

  // Apprenti.
  const niveauFormation = niveau(formation.typeDiplome);
  const ageDebut = options.ageDebut ?? (niveauFormation <= 3 ? alea.entier(16, 21) : niveauFormation === 4 ? alea.entier(17, 23) : alea.entier(18, 25));
  const dateNaissance = ajouterJours(ajouterMois(dateDebutContrat, -12 * ageDebut), -alea.entier(1, 360));
  const sexe = alea.probabilite(0.5) ? "F" : "M";
  const prenom = alea.choisir(sexe === "F" ? donneesDemo.prenomsFeminins : donneesDemo.prenomsMasculins);
  const nom = alea.choisir(donneesDemo.noms);
  const nir = identifiantsDemo.nir({
    sexe,
    dateNaissance,
    departement: villeNaissance.departement,
    commune: String(alea.entier(1, 99)).padStart(3, "0"),
    ordre: String(alea.entier(1, 999)).padStart(3, "0"),
  });
  const mineur = ageRevolu(dateNaissance, dateSignature) < 18;
  const diplome: NonNullable<NonNullable<Contrat["apprenti"]>["diplome"]> = niveauFormation <= 4 ? "25" : alea.choisir(["41", "42", "43"] as const);
  const courrielApprenti = `${sansAccents(prenom)}.${sansAccents(nom)}@example.com`;

  // Employeur.
  const nomEmployeur = alea.choisir(donneesDemo.noms);
  const denomination = alea.choisir(secteur.denominations).replace("{nom}", nomEmployeur);
  const domaine = `${sansAccents(denomination)}.example.fr`;
  const libelleIdcc = convention(secteur.idcc)?.libelle ?? "";

  // Rémunération minimale légale (SMC quand l'apprenti a 21 ans ou plus à la fin du contrat).
  const departement = villeEmployeur.departement;
  const ageFin = ageRevolu(dateNaissance, dateFinContrat);
  const smicDebut = smicMensuelEnVigueur(dateDebutContrat, departement)?.valeur;
  const smc = ageFin >= 21 && smicDebut !== undefined ? Math.round(smicDebut * (100 + alea.entier(-3, 10))) / 100 : undefined;
  const remuneration = calculerRemuneration({
    dateNaissance,
    dateDebutContrat,
    dateFinContrat,
    dateConclusion: dateSignature,
    departement,
    ...(smc === undefined ? {} : { smc }),
  });

  // CFA responsable réel (Référentiel des organismes) et, une fois sur quatre quand il en a, un
  // autre de ses lieux de formation. Le Référentiel ne donne pas de raison sociale : dénomination inventée.
  const cfa = options.organisme ?? cfaProche(alea, departement);
  const denominationCfa = `${secteur.cfa} ${(cfa.adresse.commune ?? "").toUpperCase()}`;
  const lieu = cfa.lieux.length > 0 && alea.probabilite(0.25) ? alea.choisir(cfa.lieux) : undefined;
  const contrat: Contrat = {
    versionCerfa: "14",
    employeur: {
      privePublic: "prive",
      siret: identifiantsDemo.siret(alea),
      denomination,
      adresse: { ...adresse(alea, villeEmployeur), departement, region: villeEmployeur.region },
      telephone: telephone(alea, departement, false),
      courriel: `contact@${domaine}`,
      typeEmployeur: secteur.typeEmployeur,
      employeurSpecifique: "0",
      naf: secteur.naf,
      nombreDeSalaries: secteur.typeEmployeur === "11" ? alea.entier(1, 10) : alea.entier(3, 480),
      codeIdcc: secteur.idcc,
      libelleIdcc,
    },
    apprenti: {
      nom,
      prenom,
      dateNaissance,
      sexe,
      lieuNaissanceFrance: true,
      communeNaissance: villeNaissance.commune,
      departementNaissance: villeNaissance.departement,
      nir,
      nationalite: "1",
      regimeSocial: "2",
      adresse: { ...adresse(alea, villeApprenti), pays: "FR" },
      telephone: telephone(alea, villeApprenti.departement, true),
      courriel: courrielApprenti,
      projetCreationRepriseEntreprise: false,
      inscriptionSportifDeHautNiveau: false,
      handicap: false,
      situationAvantContrat: ageDebut >= 19 && niveauFormation >= 5 ? "3" : "1",
      diplomePrepare: diplome,
      intituleDiplomePrepare: LIBELLES_DIPLOMES[diplome] ?? "",
      derniereClasse: "01",
      diplome,
      apprentiMineur: mineur,
      apprentiMineurNonEmancipe: mineur,
      ...(mineur
        ? {
            responsableLegal: {
              nom: `${nom} ${alea.choisir(donneesDemo.prenomsFeminins)}`,
              courriel: `${sansAccents(nom)}.famille@example.com`,
              memeAdresse: true,
            },
          }
        : {}),
    },
    maitre1: (() => {
      const sexeMaitre = alea.probabilite(0.5) ? "F" : "M";
      const prenomMaitre = alea.choisir(sexeMaitre === "F" ? donneesDemo.prenomsFeminins : donneesDemo.prenomsMasculins);
      const nomMaitre = alea.choisir(donneesDemo.noms);
      return {
        nom: nomMaitre,
        prenom: prenomMaitre,
        dateNaissance: ajouterJours(ajouterMois(dateDebutContrat, -12 * alea.entier(30, 58)), -alea.entier(1, 360)),
        emploiOccupe: secteur.emploiMaitre,
        niveauDiplome: secteur.niveauMaitre,
        diplome: secteur.diplomeMaitre,
        courriel: `${sansAccents(prenomMaitre)}.${sansAccents(nomMaitre)}@${domaine}`,
        attestationEligibilite: true,
      };
    })(),
    contrat: {
      modeContractuel: "1",
      typeContratApp: "11",
      dateSignature,
      dateDebutContrat,
      dateDebutFormationPratique: dateDebutContrat,
      dateFinContrat,
      dureeContrat: dureeContratMois(dateDebutContrat, dateFinContrat),
      lieuSignatureContrat: villeEmployeur.commune,
      dureeTravailHebdoHeures: 35,
      dureeTravailHebdoMinutes: 0,
      // Travaux réglementés (BTP, transports) pour les apprentis majeurs au début du contrat : pour un mineur, la
      // déclaration de dérogation à l'inspecteur du travail (R4153-40) donnerait une information à chaque contrat.
      travailRisque: ["1597", "1596", "1534", "1090"].includes(secteur.idcc) && ageRevolu(dateNaissance, dateDebutContrat) >= 18,
      caisseRetraiteSupplementaire: alea.choisir(["AG2R Agirc-Arrco", "Malakoff Humanis Agirc-Arrco", "Klesia Carcept Agirc-Arrco"]),
      avantageNature: false,
      ...(smc === undefined ? {} : { smc }),
      ...(remuneration.statut === "calculee"
        ? {
            smic: { dateEffet: remuneration.smic.dateEffet, mensuel: remuneration.smic.mensuel, mayotte: remuneration.smic.territoire === "mayotte" },
            salaireEmbauche: remuneration.salaireEmbauche,
            remunerationsAnnuelles: remuneration.periodes.slice(0, 8).map((p) => ({
              ordre: p.numero as NonNullable<NonNullable<NonNullable<Contrat["contrat"]>["remunerationsAnnuelles"]>[number]["ordre"]>,
              dateDebut: p.debut,
              dateFin: p.fin,
              taux: p.taux,
              tauxMinimal: p.tauxMinimal,
              typeSalaire: p.base,
              salaireBrut: p.salaireBrut,
            })),
          }
        : {}),
    },
    formation: {
      rncp: formation.rncp,
      codeDiplome: formation.codeDiplome,
      typeDiplome: formation.typeDiplome,
      intituleQualification: formation.intitule,
      dateDebutFormation,
      dateFinFormation,
      dureeFormation: Math.min(9999, Math.ceil((0.25 * 1607 * duree) / 12) + alea.entier(50, 300)),
    },
    organismeFormation: {
      formationInterne: false,
      siret: cfa.siret,
      uaiCfa: cfa.uai,
      denomination: denominationCfa,
      adresse: { ...cfa.adresse },
    },
    etablissementFormation:
      lieu === undefined
        ? { memeResponsable: true }
        : {
            memeResponsable: false,
            siret: cfa.siret,
            uaiCfa: lieu.uai,
            denomination: `${denominationCfa} - SITE DE ${(lieu.adresse.commune ?? "").toUpperCase()}`,
            adresse: { ...lieu.adresse },
          },
    signatures: { attestationPiecesJustificatives: true, lieu: villeEmployeur.commune },
  };
  return contrat;
}
