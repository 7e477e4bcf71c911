import type {
  CertificationReferentiel,
  HabilitationReferentiel,
  OrganismeReferentiel,
  Referentiel,
  ReponseReferentiel,
  SourceReponse,
} from "../Referentiel";
import type { CapaciteReferentiel, QuestionReferentiel } from "../capacites/CapaciteReferentiel";
import { deductionNdaLpof } from "../deductionNdaLpof";
import type { ClientApiApprentissage } from "./apiApprentissage/creerClientApiApprentissage";
import type { Certification } from "./apiApprentissage/schemaCertification";
import type { ClientCfaDock } from "./cfaDock/creerClientCfaDock";
import type { OpcoCfaDock } from "./cfaDock/schemaOpcoCfaDock";
import type { ClientReferentielOnisep } from "./onisep/creerClientReferentielOnisep";
import type { ClientRechercheEntreprises } from "./rechercheEntreprises/creerClientRechercheEntreprises";
import type { ClientSiro } from "./siro/creerClientSiro";

/**
 * Clients utilisés par {@link referentielEnLigne} ; chacun est facultatif (une question sans
 * client répond `indisponible`).
 *
 * @example
 * ```ts
 * const clients: ClientsReferentielEnLigne = { apiApprentissage: creerClientApiApprentissage({ cleApi }), siro: creerClientSiro({ cleApi: cleSiro }) };
 * ```
 */
export interface ClientsReferentielEnLigne {
  readonly apiApprentissage?: ClientApiApprentissage;
  readonly onisep?: ClientReferentielOnisep;
  readonly siro?: ClientSiro;
  readonly cfaDock?: ClientCfaDock;
  readonly rechercheEntreprises?: ClientRechercheEntreprises;
}

const SOURCES = {
  apiApprentissage: { nom: "API Apprentissage", url: "https://api.apprentissage.beta.gouv.fr/api", date: null },
  onisep: { nom: "Référentiel des organismes (ONISEP)", url: "https://referentiel.apprentissage.onisep.fr/api/v1", date: null },
  siro: { nom: "SIRO (France compétences)", url: "https://api.francecompetences.fr/siro/v1", date: null },
  cfaDock: { nom: "CFA Dock", url: "https://www.cfadock.fr/api", date: null },
  rechercheEntreprises: { nom: "Recherche d'entreprises", url: "https://recherche-entreprises.api.gouv.fr", date: null },
  aucune: { nom: "en ligne", date: null },
} satisfies Record<string, SourceReponse>;

function indisponible<T>(source: SourceReponse, raison: string): ReponseReferentiel<T> {
  return { statut: "indisponible", raison, source };
}

async function interroger<T>(source: SourceReponse, appel: () => Promise<ReponseReferentiel<T>>): Promise<ReponseReferentiel<T>> {
  try {
    return await appel();
  } catch (erreur) {
    return indisponible(source, erreur instanceof Error ? erreur.message : String(erreur));
  }
}

function jour(dateHeure: string | null): string | null {
  return dateHeure === null ? null : dateHeure.slice(0, 10);
}

function versCertification(certification: Certification): CertificationReferentiel {
  const continuite = [...(certification.continuite.rncp ?? []), ...(certification.continuite.cfd ?? [])];
  const courant = continuite.findIndex((element) => element.courant);
  return {
    rncp: certification.identifiant.rncp,
    cfd: certification.identifiant.cfd,
    intitule: certification.intitule.rncp ?? certification.intitule.cfd?.long ?? null,
    niveau: certification.intitule.niveau.rncp?.europeen ?? certification.intitule.niveau.cfd?.europeen ?? null,
    actif: certification.periode_validite.rncp?.actif ?? null,
    accesApprentissage: certification.type.voie_acces.rncp?.apprentissage ?? (certification.identifiant.cfd === null ? null : true),
    typeEnregistrement: certification.type.enregistrement_rncp,
    dateDebut: jour(certification.periode_validite.debut),
    dateFin: jour(certification.periode_validite.fin),
    derniereSession: certification.periode_validite.cfd?.derniere_session ?? null,
    certificateurs: (certification.type.certificateurs_rncp ?? []).map((c) => ({ siret: c.siret, nom: c.nom })),
    correspondances: {
      rncp: certification.identifiant.rncp === null ? [] : [certification.identifiant.rncp],
      cfd: certification.identifiant.cfd === null ? [] : [certification.identifiant.cfd],
    },
    continuite: {
      anciennes: courant < 0 ? [] : continuite.slice(0, courant).map((element) => element.code),
      nouvelles: courant < 0 ? [] : continuite.slice(courant + 1).map((element) => element.code),
    },
  };
}

function depuisCfaDock(reponse: OpcoCfaDock, idcc: string | null): ReponseReferentiel<{ opco: string; idcc: string | null }> {
  if (reponse.statut === "trouve") return { statut: "trouve", valeur: { opco: reponse.opco, idcc: reponse.idcc ?? idcc }, source: SOURCES.cfaDock };
  if (reponse.statut === "multiple") return { statut: "indetermine", raison: "CFA Dock : OPCO multiple", source: SOURCES.cfaDock };
  return { statut: "absent", raison: `CFA Dock : ${reponse.statutRecherche}`, source: SOURCES.cfaDock };
}

/**
 * Implémentation en ligne du port {@link Referentiel} sur les clients HTTP : certifications et
 * habilitations par l'API Apprentissage, organismes par le Référentiel ONISEP (ou, à défaut, la
 * recherche de l'API Apprentissage), OPCO d'un SIRET par SIRO (code 01 seul retenu ; 02/03
 * « revendiqué » → `indetermine`) puis CFA Dock, OPCO d'un IDCC par CFA Dock, entreprise par
 * Recherche d'entreprises. Ne lève jamais : une erreur réseau, HTTP ou de schéma devient
 * `indisponible` avec sa raison (sans secret) ; conventions, APE → IDCC et NPEC, qui n'ont pas de
 * source en ligne, répondent `indisponible` (à composer avec {@link referentielMixte}).
 *
 * @example
 * ```ts
 * const enLigne = referentielEnLigne({ apiApprentissage: creerClientApiApprentissage({ cleApi }), siro: creerClientSiro({ cleApi: cleSiro }) });
 * const referentiel = referentielMixte(new ReferentielHorsLigne(instantane), enLigne);
 * const opco = await referentiel.opcoDeSiret("42476141900045");
 * ```
 */
export function referentielEnLigne(clients: ClientsReferentielEnLigne): Referentiel {
  const { apiApprentissage, onisep, siro, cfaDock, rechercheEntreprises } = clients;
  const sansClient = <T>(source: SourceReponse, client: string): ReponseReferentiel<T> =>
    indisponible(source, `client ${client} non configuré`);
  const sansSource = <T>(objet: string): ReponseReferentiel<T> =>
    indisponible(SOURCES.aucune, `aucune source en ligne pour ${objet} : utiliser l'instantané hors ligne`);

  async function certifications(code: string): Promise<Certification[]> {
    if (apiApprentissage === undefined) return [];
    const normalise = code.trim().toUpperCase();
    return /^RNCP\d{3,5}$/.test(normalise)
      ? apiApprentissage.certifications({ rncp: normalise })
      : apiApprentissage.certifications({ cfd: normalise });
  }

  const capacite = (question: QuestionReferentiel, client: unknown, source: SourceReponse, nomClient: string): CapaciteReferentiel =>
    client === undefined ? { question, disponibilite: "indisponible", source: source.nom, raison: `client ${nomClient} non configuré` } : { question, disponibilite: "complete", source: source.nom };
  const sansSourceEnLigne = (question: QuestionReferentiel, objet: string): CapaciteReferentiel => ({ question, disponibilite: "indisponible", source: SOURCES.aucune.nom, raison: `aucune source en ligne pour ${objet}` });

  return {
    nom: "en ligne",
    capacites: () => [
      capacite("certification", apiApprentissage, SOURCES.apiApprentissage, "API Apprentissage"),
      sansSourceEnLigne("convention", "les conventions collectives"),
      sansSourceEnLigne("conventionsDeApe", "la table APE → IDCC"),
      capacite("opcoDeIdcc", cfaDock, SOURCES.cfaDock, "CFA Dock"),
      capacite("opcoDeSiret", siro ?? cfaDock, siro === undefined ? SOURCES.cfaDock : SOURCES.siro, "SIRO ou CFA Dock"),
      sansSourceEnLigne("npec", "le référentiel des NPEC"),
      capacite("organisme", onisep ?? apiApprentissage, onisep === undefined ? SOURCES.apiApprentissage : SOURCES.onisep, "Référentiel ONISEP ou API Apprentissage"),
      capacite("organisme.numeroActivite", onisep ?? apiApprentissage, onisep === undefined ? SOURCES.apiApprentissage : SOURCES.onisep, "Référentiel ONISEP ou API Apprentissage"),
      capacite("entreprise", rechercheEntreprises, SOURCES.rechercheEntreprises, "Recherche d'entreprises"),
      capacite("habilitation", apiApprentissage, SOURCES.apiApprentissage, "API Apprentissage"),
    ],
    certification: (code) => {
      if (apiApprentissage === undefined) return Promise.resolve(sansClient(SOURCES.apiApprentissage, "API Apprentissage"));
      return interroger(SOURCES.apiApprentissage, async () => {
        const trouvees = await certifications(code);
        const premiere = trouvees[0];
        if (premiere === undefined) return { statut: "absent", raison: `certification ${code} inconnue`, source: SOURCES.apiApprentissage };
        const valeur = versCertification(premiere);
        for (const autre of trouvees.slice(1)) {
          const { rncp, cfd } = autre.identifiant;
          if (rncp !== null && !valeur.correspondances.rncp.includes(rncp)) valeur.correspondances.rncp.push(rncp);
          if (cfd !== null && !valeur.correspondances.cfd.includes(cfd)) valeur.correspondances.cfd.push(cfd);
        }
        return { statut: "trouve", valeur, source: SOURCES.apiApprentissage };
      });
    },
    convention: () => Promise.resolve(sansSource("les conventions collectives")),
    conventionsDeApe: () => Promise.resolve(sansSource("la table APE → IDCC")),
    npec: () => Promise.resolve(sansSource("le référentiel des NPEC")),
    opcoDeIdcc: (idcc) => {
      if (cfaDock === undefined) return Promise.resolve(sansClient(SOURCES.cfaDock, "CFA Dock"));
      return interroger(SOURCES.cfaDock, async () => depuisCfaDock(await cfaDock.opcoParIdcc(idcc), idcc.padStart(4, "0")));
    },
    opcoDeSiret: async (siret) => {
      let repli: ReponseReferentiel<{ opco: string; idcc: string | null }> | undefined;
      if (siro !== undefined) {
        const parSiro = await interroger<{ opco: string; idcc: string | null }>(SOURCES.siro, async () => {
          const reponse = await siro.opcoParSiret(siret);
          if (reponse.code === "99") return { statut: "absent", raison: "SIRO : SIRET inconnu (code 99)", source: SOURCES.siro };
          const idcc = reponse.idcc === undefined || reponse.idcc === null || reponse.idcc === "" ? null : reponse.idcc.padStart(4, "0");
          if (reponse.code === "01") return { statut: "trouve", valeur: { opco: reponse.opcoRattachement.nom, idcc }, source: SOURCES.siro };
          return {
            statut: "indetermine",
            raison: `SIRO : établissement revendiqué par ${reponse.opcoRattachement.nom} (code ${reponse.code})`,
            source: SOURCES.siro,
          };
        });
        if (parSiro.statut === "trouve" || parSiro.statut === "indetermine" || cfaDock === undefined) return parSiro;
        repli = parSiro;
      }
      if (cfaDock === undefined) return sansClient(SOURCES.siro, "SIRO ou CFA Dock");
      const parCfaDock = await interroger(SOURCES.cfaDock, async () => depuisCfaDock(await cfaDock.opcoParSiret(siret), null));
      if (parCfaDock.statut === "indisponible" && repli !== undefined && repli.statut !== "trouve") {
        return { ...repli, raison: `${repli.raison} ; CFA Dock : ${parCfaDock.raison}` };
      }
      return parCfaDock;
    },
    organisme: async (siretOuUai) => {
      const cle = siretOuUai.trim().toUpperCase();
      const estSiret = /^\d{14}$/.test(cle);
      if (onisep !== undefined) {
        return interroger<OrganismeReferentiel>(SOURCES.onisep, async () => {
          let organisme = null;
          if (estSiret) organisme = await onisep.organisme(cle);
          else {
            for await (const page of onisep.rechercherOrganismes({ uais: [cle], itemsParPage: 10 })) {
              organisme = page.find((o) => o.uai === cle) ?? null;
              break;
            }
          }
          if (organisme === null) return { statut: "absent", raison: `organisme ${cle} inconnu du Référentiel`, source: SOURCES.onisep };
          return {
            statut: "trouve",
            valeur: {
              uai: organisme.uai ?? null,
              siret: organisme.siret,
              nom: organisme.enseigne ?? organisme.raison_sociale ?? null,
              ouvert: organisme.etat_administratif === undefined || organisme.etat_administratif === null ? null : organisme.etat_administratif === "actif",
              nature: organisme.nature,
              dateFermeture: null,
              qualiopi: organisme.qualiopi ?? null,
              numeroActivite: organisme.numero_declaration_activite ?? null,
              ...(organisme.numero_declaration_activite === undefined || organisme.numero_declaration_activite === null
                ? deductionNdaLpof(organisme.qualiopi) === undefined
                  ? {}
                  : { numeroActiviteDeduit: deductionNdaLpof(organisme.qualiopi) as string }
                : {}),
              lieuxUai: organisme.lieux_de_formation.flatMap((lieu) => (lieu.uai === undefined || lieu.uai === null ? [] : [lieu.uai])),
              lieux: organisme.lieux_de_formation.map((lieu) => ({
                uai: lieu.uai ?? null,
                siret: lieu.siret ?? null,
                codePostal: lieu.adresse?.code_postal ?? null,
                codeInsee: lieu.adresse?.code_insee ?? null,
                commune: lieu.adresse?.localite ?? null,
              })),
              adresse:
                organisme.adresse === undefined || organisme.adresse === null
                  ? null
                  : { uai: organisme.uai ?? null, siret: organisme.siret, codePostal: organisme.adresse.code_postal, codeInsee: organisme.adresse.code_insee, commune: organisme.adresse.localite },
              relations: organisme.relations.map((relation) => ({ type: relation.type ?? null, siret: relation.siret })),
            },
            source: SOURCES.onisep,
          };
        });
      }
      if (apiApprentissage === undefined) return sansClient(SOURCES.onisep, "Référentiel ONISEP ou API Apprentissage");
      return interroger<OrganismeReferentiel>(SOURCES.apiApprentissage, async () => {
        const recherche = await apiApprentissage.rechercherOrganisme(estSiret ? { siret: cle } : { uai: cle });
        if (recherche.resultat === null) {
          return recherche.candidats.length === 0
            ? { statut: "absent", raison: `organisme ${cle} inconnu de l'API Apprentissage`, source: SOURCES.apiApprentissage }
            : { statut: "indetermine", raison: `${recherche.candidats.length} organismes candidats pour ${cle}`, source: SOURCES.apiApprentissage };
        }
        const { identifiant, renseignements_specifiques: renseignements } = recherche.resultat.organisme;
        return {
          statut: "trouve",
          valeur: {
            uai: identifiant.uai,
            siret: identifiant.siret,
            nom: null,
            ouvert: recherche.resultat.status.ouvert,
            nature: null,
            dateFermeture: null,
            // versions de l'API qui renvoient l'organisme complet : Qualiopi et NDA (null = non renseigné, aucune déduction)
            ...(renseignements === undefined ? {} : { qualiopi: renseignements.qualiopi, numeroActivite: renseignements.numero_activite }),
          },
          source: SOURCES.apiApprentissage,
        };
      });
    },
    entreprise: (siret) => {
      if (rechercheEntreprises === undefined) return Promise.resolve(sansClient(SOURCES.rechercheEntreprises, "Recherche d'entreprises"));
      return interroger(SOURCES.rechercheEntreprises, async () => {
        const etablissement = await rechercheEntreprises.etablissement(siret);
        if (etablissement === null) return { statut: "absent", raison: `SIRET ${siret} introuvable`, source: SOURCES.rechercheEntreprises };
        return {
          statut: "trouve",
          valeur: { siret, etat: etablissement.etatAdministratif, naf: etablissement.naf, idcc: etablissement.idcc },
          source: SOURCES.rechercheEntreprises,
        };
      });
    },
    habilitation: (rncp, siret) => {
      if (apiApprentissage === undefined) return Promise.resolve(sansClient(SOURCES.apiApprentissage, "API Apprentissage"));
      return interroger<HabilitationReferentiel>(SOURCES.apiApprentissage, async () => {
        const [fiche] = await certifications(rncp);
        if (fiche === undefined) return { statut: "absent", raison: `fiche ${rncp} inconnue`, source: SOURCES.apiApprentissage };
        if (fiche.type.enregistrement_rncp === "Enregistrement de droit") {
          return { statut: "trouve", valeur: { rncp, siret, habilite: null, motif: "enregistrement de droit : habilitation sans objet" }, source: SOURCES.apiApprentissage };
        }
        if ((fiche.type.certificateurs_rncp ?? []).some((c) => c.siret === siret)) {
          return { statut: "trouve", valeur: { rncp, siret, habilite: true, motif: "certificateur de la fiche" }, source: SOURCES.apiApprentissage };
        }
        return {
          statut: "indetermine",
          raison: "l'API Apprentissage n'expose pas les partenaires habilités : consulter l'export RNCP de France compétences",
          source: SOURCES.apiApprentissage,
        };
      });
    },
  };
}
