import type { AdresseOrganismeEmule, OrganismeEmule } from "./OrganismeEmule";
import { CERTIFICATIONS_EMULEES } from "./certificationsEmulees";
import { ORGANISMES_EMULES } from "./organismesEmules";
import {
  demarrerServeurEmulateur,
  type EmulateurHttp,
  type OptionsEmulateur,
  type RequeteEmulateur,
  type ReponseEmulateur,
} from "../ServeurEmulateur";

/**
 * Options de l'émulateur de l'API Apprentissage.
 *
 * @example
 * ```ts
 * const options: OptionsEmulateurApiApprentissage = { cleApi: "ma-cle", latenceMs: 2, pannes: [{ type: "erreur_serveur" }] };
 * ```
 */
export interface OptionsEmulateurApiApprentissage extends OptionsEmulateur {
  /** Clé d'API acceptée (`Authorization: Bearer <cle>`). @default "cle-emulateur-api-apprentissage" */
  readonly cleApi?: string;
  /** Organismes au format du Référentiel (ONISEP). @default ORGANISMES_EMULES */
  readonly organismes?: readonly OrganismeEmule[];
  /** Certifications au modèle `/certification/v1`. @default CERTIFICATIONS_EMULEES */
  readonly certifications?: readonly Record<string, unknown>[];
  /**
   * `GET /organisme/v1/recherche` renvoie l'organisme complet (anciennes versions de l'API :
   * `renseignements_specifiques` avec Qualiopi et NDA) au lieu du seul identifiant. @default false
   */
  readonly rechercheOrganismeComplet?: boolean;
}

/**
 * Clé d'API acceptée par défaut par l'émulateur de l'API Apprentissage.
 *
 * @example
 * ```ts
 * creerClientApiApprentissage({ urlBase: `${emulateur.url}/api`, cleApi: CLE_EMULATEUR_API_APPRENTISSAGE });
 * ```
 */
export const CLE_EMULATEUR_API_APPRENTISSAGE = "cle-emulateur-api-apprentissage";

const DATE_INCONNUE_ETABLISSEMENT = "1900-01-01T00:00:00+01:00";
const DATE_INCONNUE_UNITE_LEGALE = "1990-01-01T00:00:00+01:00";

function adresseApi(adresse: AdresseOrganismeEmule | undefined): Record<string, unknown> | null {
  if (adresse === undefined) return null;
  return {
    label: adresse.label ?? null,
    code_postal: adresse.code_postal,
    commune: { nom: adresse.localite, code_insee: adresse.code_insee },
    departement: { nom: adresse.departement?.nom ?? "", code_insee: adresse.departement?.code ?? "" },
    region: { code_insee: adresse.region?.code ?? "", nom: adresse.region?.nom ?? "" },
    academie: { id: `A${adresse.academie?.code ?? ""}`, code: adresse.academie?.code ?? "", nom: adresse.academie?.nom ?? "" },
  };
}

function organismeApi(organisme: OrganismeEmule): Record<string, unknown> {
  const ouvert = organisme.etat_administratif === "actif";
  const coordonnees = organisme.adresse?.geojson?.geometry.coordinates;
  return {
    identifiant: { uai: organisme.uai ?? null, siret: organisme.siret },
    etablissement: {
      siret: organisme.siret,
      ouvert,
      enseigne: null,
      adresse: adresseApi(organisme.adresse),
      geopoint: coordonnees === undefined ? null : { type: "Point", coordinates: coordonnees },
      creation: DATE_INCONNUE_ETABLISSEMENT,
      fermeture: null,
    },
    unite_legale: {
      siren: organisme.siret.slice(0, 9),
      actif: ouvert,
      raison_sociale: "[ND]",
      creation: DATE_INCONNUE_UNITE_LEGALE,
      cessation: null,
    },
    renseignements_specifiques: { qualiopi: organisme.qualiopi === true, numero_activite: organisme.numero_declaration_activite ?? null },
    statut: { referentiel: "présent" },
    contacts: [],
  };
}

function resultatRecherche(organisme: OrganismeEmule, siret: string | null, uai: string | null, complet: boolean): Record<string, unknown> {
  const lieuxUai = organisme.lieux_de_formation.map((lieu) => lieu.uai).filter((valeur) => valeur !== undefined);
  return {
    organisme: complet ? organismeApi(organisme) : { identifiant: { uai: organisme.uai ?? null, siret: organisme.siret } },
    status: {
      ouvert: organisme.etat_administratif === "actif",
      declaration_catalogue: organisme.nature !== "inconnue",
      validation_uai: organisme.uai !== undefined,
    },
    correspondances: {
      uai: uai === null ? null : { lui_meme: organisme.uai === uai, son_lieu: lieuxUai.includes(uai) },
      siret:
        siret === null
          ? null
          : {
              lui_meme: organisme.siret === siret,
              son_formateur: organisme.relations.some((r) => r.type === "responsable->formateur" && r.siret === siret),
              son_responsable: organisme.relations.some((r) => r.type === "formateur->responsable" && r.siret === siret),
            },
    },
  };
}

function rechercher(organismes: readonly OrganismeEmule[], siret: string | null, uai: string | null, complet: boolean): ReponseEmulateur {
  const trouves = organismes.filter(
    (organisme) =>
      (siret !== null && (organisme.siret === siret || organisme.relations.some((r) => r.siret === siret))) ||
      (uai !== null && (organisme.uai === uai || organisme.lieux_de_formation.some((lieu) => lieu.uai === uai))),
  );
  const resultats = trouves.map((organisme) => ({ organisme, resultat: resultatRecherche(organisme, siret, uai, complet) }));
  const ouvert = (o: OrganismeEmule): boolean => o.etat_administratif === "actif";
  const parSiret = trouves.filter((o) => siret !== null && o.siret === siret);
  let retenu: OrganismeEmule | undefined =
    trouves.find((o) => siret !== null && uai !== null && o.siret === siret && o.uai === uai && ouvert(o)) ??
    (parSiret.length === 1 &&
    (uai === null || parSiret[0]?.uai === uai || parSiret[0]?.lieux_de_formation.some((l) => l.uai === uai))
      ? parSiret[0]
      : undefined);
  if (retenu === undefined && uai !== null) {
    const parUai = trouves.filter((o) => o.uai === uai && ouvert(o) && o.nature !== "inconnue");
    if (parUai.length === 1) retenu = parUai[0];
    else {
      const parLieu = trouves.filter((o) => ouvert(o) && o.uai !== undefined && o.lieux_de_formation.some((l) => l.uai === uai));
      if (parLieu.length === 1) retenu = parLieu[0];
    }
  }
  const connuSiret = siret === null ? undefined : organismes.find((o) => o.siret === siret);
  return {
    statut: 200,
    corps: {
      metadata: {
        siret: siret === null ? null : { status: connuSiret === undefined ? "inconnu" : ouvert(connuSiret) ? "ok" : "fermé" },
        uai: uai === null ? null : { status: organismes.some((o) => o.uai === uai) ? "ok" : "inconnu" },
      },
      resultat: retenu === undefined ? null : resultats.find((r) => r.organisme === retenu)?.resultat ?? null,
      candidats: retenu === undefined ? resultats.map((r) => r.resultat) : [],
    },
  };
}

function entierBorne(valeur: string | null, defaut: number, min: number, max: number): number | undefined {
  if (valeur === null) return defaut;
  if (!/^\d+$/.test(valeur)) return undefined;
  const nombre = Number(valeur);
  return nombre < min || nombre > max ? undefined : nombre;
}

function erreurValidation(message: string): ReponseEmulateur {
  return {
    statut: 400,
    corps: { statusCode: 400, name: "Bad Request", message: "Request validation failed", data: { validationError: { message } } },
  };
}

function communes(organismes: readonly OrganismeEmule[]): Record<string, unknown>[] {
  const parCode = new Map<string, { adresse: AdresseOrganismeEmule; postaux: Set<string> }>();
  for (const organisme of organismes) {
    for (const adresse of [organisme.adresse, ...organisme.lieux_de_formation.map((lieu) => lieu.adresse)]) {
      if (adresse === undefined) continue;
      const entree = parCode.get(adresse.code_insee) ?? { adresse, postaux: new Set<string>() };
      entree.postaux.add(adresse.code_postal);
      parCode.set(adresse.code_insee, entree);
    }
  }
  return [...parCode.values()].map(({ adresse, postaux }) => {
    const [lon = 0, lat = 0] = adresse.geojson?.geometry.coordinates ?? [];
    return {
      nom: adresse.localite,
      code: { insee: adresse.code_insee, postaux: [...postaux].sort() },
      anciennes: [],
      arrondissements: [],
      departement: { nom: adresse.departement?.nom ?? "", codeInsee: adresse.departement?.code ?? "" },
      region: { codeInsee: adresse.region?.code ?? "", nom: adresse.region?.nom ?? "" },
      academie: { id: `A${adresse.academie?.code ?? ""}`, code: adresse.academie?.code ?? "", nom: adresse.academie?.nom ?? "" },
      localisation: {
        centre: { type: "Point", coordinates: [lon, lat] },
        bbox: { type: "Polygon", coordinates: [[[lon, lat], [lon, lat], [lon, lat], [lon, lat]]] },
      },
      mission_locale: null,
    };
  });
}

function formations(organismes: readonly OrganismeEmule[], certifications: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const responsables = organismes.filter((o) => o.nature !== "formateur" && o.nature !== "inconnue" && o.uai !== undefined);
  return responsables.slice(0, 12).map((responsable, index) => {
    const certification = certifications[index % Math.max(1, certifications.length)] ?? null;
    const formateurSiret = responsable.relations.find((r) => r.type === "responsable->formateur")?.siret;
    const formateur = organismes.find((o) => o.siret === formateurSiret) ?? responsable;
    const lieu = formateur.lieux_de_formation[0];
    const coordonnees = lieu?.adresse?.geojson?.geometry.coordinates ?? [0, 0];
    return {
      identifiant: { cle_ministere_educatif: `0${index}EMUL${responsable.siret}-${formateur.siret}#L01` },
      statut: { catalogue: index % 5 === 4 ? "archivé" : "publié" },
      formateur: { organisme: organismeApi(formateur), connu: true },
      responsable: { organisme: organismeApi(responsable), connu: true },
      certification: { valeur: certification, connue: certification !== null },
      lieu: {
        adresse: adresseApi(lieu?.adresse),
        geolocalisation: { type: "Point", coordinates: coordonnees },
        precision: null,
        siret: formateur.siret,
        uai: lieu?.uai ?? formateur.uai ?? null,
      },
      contact: { email: null, telephone: null },
      sessions: [{ debut: "2024-09-02T00:00:00+02:00", fin: "2026-06-30T23:59:59+02:00", capacite: null }],
    };
  });
}

/**
 * Démarre un émulateur local (node:http, 127.0.0.1) de l'API Apprentissage : routes `/api/healthcheck`,
 * `/api/organisme/v1/recherche` (algorithme de sélection du serveur), `/api/organisme/v1/export`
 * (pagination 0-based, sans total), `/api/certification/v1`, `/api/formation/v1/search`,
 * `/api/formation/v1/:id`, `/api/geographie/v1/commune/search`, `/api/geographie/v1/departement`.
 * Authentification `Authorization: Bearer <cle>` (401 aux messages du serveur réel) ; latence,
 * limite de débit et pannes à la demande ({@link demarrerServeurEmulateur}).
 *
 * @example
 * ```ts
 * const emulateur = await demarrerEmulateurApiApprentissage({ latenceMs: 2 });
 * const client = creerClientApiApprentissage({ urlBase: `${emulateur.url}/api`, cleApi: CLE_EMULATEUR_API_APPRENTISSAGE });
 * await emulateur.arreter();
 * ```
 */
export async function demarrerEmulateurApiApprentissage(options: OptionsEmulateurApiApprentissage = {}): Promise<EmulateurHttp> {
  const cle = options.cleApi ?? CLE_EMULATEUR_API_APPRENTISSAGE;
  const organismes = options.organismes ?? ORGANISMES_EMULES;
  const certifications = options.certifications ?? CERTIFICATIONS_EMULEES;
  const listeCommunes = communes(organismes);
  const listeFormations = formations(organismes, certifications);

  const authentifier = (requete: RequeteEmulateur): ReponseEmulateur | undefined => {
    if (requete.chemin === "/api/healthcheck") return undefined;
    const entete = requete.entetes["authorization"];
    const correspondance = typeof entete === "string" ? /^bearer\s+(\S+)$/i.exec(entete) : null;
    if (correspondance === null) {
      return {
        statut: 401,
        corps: { statusCode: 401, name: "Unauthorized", message: "Le header Authorization doit être de la forme 'Bearer <token>'" },
      };
    }
    if (correspondance[1] !== cle) {
      return {
        statut: 401,
        corps: { statusCode: 401, name: "Unauthorized", message: "Impossible de déchiffrer la clé d'API" },
      };
    }
    return undefined;
  };

  return demarrerServeurEmulateur({
    ...options,
    authentifier,
    routes: [
      {
        methode: "GET",
        motif: "/api/healthcheck",
        gerer: () => ({ statut: 200, corps: { name: "api-apprentissage-emulateur", version: "0.0.0", env: "test" } }),
      },
      {
        methode: "GET",
        motif: "/api/organisme/v1/recherche",
        gerer: (requete) => {
          const siret = requete.parametres.get("siret");
          const uai = requete.parametres.get("uai");
          if (siret !== null && !/^\d{14}$/.test(siret)) return erreurValidation("siret invalide");
          if (uai !== null && !/^\d{7}[A-Z]$/.test(uai)) return erreurValidation("uai invalide");
          return rechercher(organismes, siret, uai, options.rechercheOrganismeComplet === true);
        },
      },
      {
        methode: "GET",
        motif: "/api/organisme/v1/export",
        gerer: (requete) => {
          const taille = entierBorne(requete.parametres.get("page_size"), 100, 1, 1000);
          const index = entierBorne(requete.parametres.get("page_index"), 0, 0, Number.MAX_SAFE_INTEGER);
          if (taille === undefined || index === undefined) return erreurValidation("pagination invalide");
          return {
            statut: 200,
            corps: {
              data: organismes.slice(index * taille, (index + 1) * taille).map(organismeApi),
              pagination: { page_count: Math.ceil(organismes.length / taille), page_size: taille, page_index: index },
            },
          };
        },
      },
      {
        methode: "GET",
        motif: "/api/certification/v1",
        gerer: (requete) => {
          const cfd = requete.parametres.get("identifiant.cfd");
          const rncp = requete.parametres.get("identifiant.rncp");
          const egal = (attendu: string | null, valeur: string | null): boolean =>
            attendu === null || (attendu === "null" ? valeur === null : valeur === attendu);
          return {
            statut: 200,
            corps: certifications.filter((c) => {
              const identifiant = c["identifiant"] as { cfd: string | null; rncp: string | null };
              return egal(cfd, identifiant.cfd) && egal(rncp, identifiant.rncp);
            }),
          };
        },
      },
      {
        methode: "GET",
        motif: "/api/formation/v1/search",
        gerer: (requete) => {
          const taille = entierBorne(requete.parametres.get("page_size"), 100, 1, 1000);
          const index = entierBorne(requete.parametres.get("page_index"), 0, 0, Number.MAX_SAFE_INTEGER);
          if (taille === undefined || index === undefined) return erreurValidation("pagination invalide");
          const rncp = requete.parametres.get("rncp");
          if (rncp !== null && !/^RNCP\d{3,5}$/.test(rncp)) return erreurValidation("rncp invalide");
          const archives = requete.parametres.get("include_archived") === "true";
          const filtrees = listeFormations.filter((f) => {
            const statut = (f["statut"] as { catalogue: string }).catalogue;
            const code = ((f["certification"] as { valeur: { identifiant: { rncp: string | null } } | null }).valeur)?.identifiant.rncp;
            return (statut === "publié" || (archives && statut === "archivé")) && (rncp === null || code === rncp);
          });
          return {
            statut: 200,
            corps: {
              data: filtrees.slice(index * taille, (index + 1) * taille),
              pagination: { page_count: Math.ceil(filtrees.length / taille), page_size: taille, page_index: index },
            },
          };
        },
      },
      {
        methode: "GET",
        motif: "/api/formation/v1/:id",
        gerer: (requete) => {
          const id = requete.parametresChemin["id"] ?? "";
          const formation = listeFormations.find(
            (f) => (f["identifiant"] as { cle_ministere_educatif: string }).cle_ministere_educatif === id,
          );
          return formation === undefined
            ? { statut: 404, corps: { statusCode: 404, name: "Not Found", message: `Aucune formation trouvée pour l'identifiant ${id}` } }
            : { statut: 200, corps: formation };
        },
      },
      {
        methode: "GET",
        motif: "/api/geographie/v1/commune/search",
        gerer: (requete) => {
          const code = requete.parametres.get("code") ?? "";
          if (!/^\d{5}$/.test(code)) return erreurValidation("code invalide");
          return {
            statut: 200,
            corps: listeCommunes.filter((c) => {
              const codes = c["code"] as { insee: string; postaux: string[] };
              return codes.insee === code || codes.postaux.includes(code);
            }),
          };
        },
      },
      {
        methode: "GET",
        motif: "/api/geographie/v1/departement",
        gerer: () => {
          const parCode = new Map<string, Record<string, unknown>>();
          for (const commune of listeCommunes) {
            const departement = commune["departement"] as { nom: string; codeInsee: string };
            parCode.set(departement.codeInsee, {
              nom: departement.nom,
              codeInsee: departement.codeInsee,
              region: commune["region"],
              academie: commune["academie"],
            });
          }
          return { statut: 200, corps: [...parCode.values()] };
        },
      },
    ],
  });
}
