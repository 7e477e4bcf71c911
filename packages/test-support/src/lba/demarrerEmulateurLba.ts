import { randomBytes } from "node:crypto";
import {
  demarrerServeurEmulateur,
  type EmulateurHttp,
  type OptionsEmulateur,
  type ReponseEmulateur,
  type RequeteEmulateur,
} from "../ServeurEmulateur";
import type { EtablissementLbaEmule } from "./EtablissementLbaEmule";
import { ETABLISSEMENTS_LBA_EMULES } from "./etablissementsLbaEmules";

/**
 * Jeton accepté par défaut par l'émulateur de La bonne alternance.
 *
 * @example
 * ```ts
 * creerClientLba({ urlBase: `${emulateur.url}/api`, jeton: JETON_EMULATEUR_LBA });
 * ```
 */
export const JETON_EMULATEUR_LBA = "jeton-emulateur-lba.eyJhcGlfa2V5Ijoic2VjcmV0In0";

/**
 * Options de l'émulateur de La bonne alternance.
 *
 * @example
 * ```ts
 * const options: OptionsEmulateurLba = { horloge: () => Date.parse("2026-09-01T10:00:00+02:00"), pannes: [{ type: "erreur_serveur" }] };
 * ```
 */
export interface OptionsEmulateurLba extends OptionsEmulateur {
  /** Jeton accepté (`Authorization: Bearer`). @default JETON_EMULATEUR_LBA */
  readonly jeton?: string;
  /** Établissements connus (domaine dérivé du SIRET, entreprises de l'algorithme). @default ETABLISSEMENTS_LBA_EMULES */
  readonly etablissements?: readonly EtablissementLbaEmule[];
  /** Offres initiales au format de lecture v3. @default [] */
  readonly offres?: readonly Record<string, unknown>[];
  /** Horloge de l'émulateur (ms depuis l'époque). @default Date.now */
  readonly horloge?: () => number;
}

/**
 * Émulateur de La bonne alternance démarré : en plus des fonctions communes, accès aux offres
 * stockées (lecture v3).
 *
 * @example
 * ```ts
 * const emulateur = await demarrerEmulateurLba();
 * emulateur.offres().length; // 0
 * ```
 */
export interface EmulateurLba extends EmulateurHttp {
  offres(): readonly Record<string, unknown>[];
}

interface OffreStockee {
  lecture: Record<string, unknown>;
  multicast: boolean;
}

const OPCOS_LBA = [
  "AFDAS",
  "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre",
  "ATLAS",
  "Constructys",
  "L'Opcommerce",
  "OCAPIAT",
  "OPCO 2i",
  "Opco entreprises de proximité",
  "Opco Mobilités",
  "Opco Santé",
  "Uniformation, l'Opco de la Cohésion sociale",
];

function luhn(chiffres: string): boolean {
  let total = 0;
  for (let i = 0; i < chiffres.length; i++) {
    let chiffre = Number(chiffres[chiffres.length - 1 - i]);
    if (i % 2 === 1) {
      chiffre *= 2;
      if (chiffre > 9) chiffre -= 9;
    }
    total += chiffre;
  }
  return total % 10 === 0;
}

function invalide(problemes: string[]): ReponseEmulateur {
  return {
    statut: 400,
    corps: { statusCode: 400, name: "Bad Request", message: "Request validation failed", data: { validationError: { issues: problemes.map((message) => ({ message })) } } },
  };
}

function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function lieuTravail(etablissement: EtablissementLbaEmule | undefined, siret: string, saisie: Record<string, unknown>): Record<string, unknown> {
  const adresse = (saisie["location"] as { address?: string } | null | undefined)?.address ?? etablissement?.adresse ?? "";
  return {
    siret,
    brand: etablissement?.enseigne ?? null,
    legal_name: etablissement?.raisonSociale ?? null,
    website: (saisie["website"] as string | undefined) ?? null,
    name: (saisie["name"] as string | undefined) ?? etablissement?.raisonSociale ?? null,
    description: (saisie["description"] as string | undefined) ?? null,
    size: etablissement?.taille ?? null,
    location: { address: adresse, geopoint: etablissement === undefined ? null : { type: "Point", coordinates: [...etablissement.coordonnees] } },
    domain: {
      idcc: etablissement?.idcc ?? null,
      opco: etablissement?.opco ?? "inconnu",
      naf: etablissement === undefined ? null : { code: etablissement.naf.code, label: etablissement.naf.libelle },
    },
  };
}

function recruteur(etablissement: EtablissementLbaEmule): Record<string, unknown> {
  return {
    identifier: { id: etablissement.siret },
    workplace: lieuTravail(etablissement, etablissement.siret, {}),
    apply: { url: `https://labonnealternance.apprentissage.beta.gouv.fr/recherche?siret=${etablissement.siret}`, phone: null, recipient_id: `recruteurs_lba_${etablissement.siret}` },
  };
}

/**
 * Démarre un émulateur `node:http` de l'API partenaires de La bonne alternance (routes v3 sous
 * `/api`) sur la base commune {@link demarrerServeurEmulateur} : recherche filtrée (OPCO au libellé
 * exact, ROME, départements, rayon autour d'un point, niveau de diplôme), lecture, publication
 * (contrôles du schéma d'écriture, OPCO et IDCC dérivés du SIRET, refus de l'OPCO et de l'IDCC en
 * écriture), modification (204), état de publication, export (lien pré-signé vers un fichier JSON
 * servi sans jeton). Authentification `Bearer`, pannes à la demande.
 *
 * @example
 * ```ts
 * const emulateur = await demarrerEmulateurLba({ horloge: () => Date.parse("2026-09-01T10:00:00+02:00") });
 * const client = creerClientLba({ urlBase: `${emulateur.url}/api`, jeton: JETON_EMULATEUR_LBA });
 * await emulateur.arreter();
 * ```
 */
export async function demarrerEmulateurLba(options: OptionsEmulateurLba = {}): Promise<EmulateurLba> {
  const jeton = options.jeton ?? JETON_EMULATEUR_LBA;
  const etablissements = options.etablissements ?? ETABLISSEMENTS_LBA_EMULES;
  const parSiret = new Map(etablissements.map((e) => [e.siret, e]));
  const horloge = options.horloge ?? Date.now;
  const offres = new Map<string, OffreStockee>();
  for (const lecture of options.offres ?? []) {
    const id = (lecture["identifier"] as { id: string }).id;
    offres.set(id, { lecture, multicast: true });
  }
  let compteur = 0;
  let signatureExport = "";

  function controlerEcriture(corps: unknown): { problemes: string[]; saisie: Record<string, Record<string, unknown>> } {
    const problemes: string[] = [];
    const saisie = (typeof corps === "object" && corps !== null ? corps : {}) as Record<string, Record<string, unknown>>;
    const offre = saisie["offer"] ?? {};
    const apply = saisie["apply"] ?? {};
    const workplace = saisie["workplace"] ?? {};
    if (typeof offre["title"] !== "string" || offre["title"].length < 3) problemes.push("offer.title : au moins 3 caractères");
    if (typeof offre["description"] !== "string" || offre["description"].length < 30) problemes.push("offer.description : au moins 30 caractères");
    if (![apply["email"], apply["phone"], apply["url"]].some((v) => typeof v === "string" && v.length > 0)) problemes.push("apply : un canal requis");
    const siret = workplace["siret"];
    if (typeof siret !== "string" || !/^\d{14}$/.test(siret) || !luhn(siret)) problemes.push("workplace.siret : SIRET invalide");
    for (const interdit of ["domain", "opco", "idcc"]) if (interdit in workplace) problemes.push(`workplace.${interdit} : non accepté en écriture`);
    const publication = (offre["publication"] ?? {}) as Record<string, unknown>;
    if (typeof publication["creation"] === "string" && Date.parse(publication["creation"]) > horloge() + 5 * 60_000) {
      problemes.push("offer.publication.creation : dans le futur");
    }
    if (typeof publication["expiration"] === "string" && Date.parse(publication["expiration"]) < horloge()) {
      problemes.push("offer.publication.expiration : dans le passé");
    }
    return { problemes, saisie };
  }

  function construireLecture(id: string, saisie: Record<string, Record<string, unknown>>, existante?: Record<string, unknown>): OffreStockee {
    const offre = saisie["offer"] ?? {};
    const contrat = saisie["contract"] ?? {};
    const workplace = saisie["workplace"] ?? {};
    const siret = String(workplace["siret"]);
    const publication = (offre["publication"] ?? {}) as Record<string, string | null | undefined>;
    const ancienne = (existante?.["offer"] as { publication?: { creation?: string } } | undefined)?.publication?.creation;
    const creation = publication.creation ?? ancienne ?? new Date(horloge()).toISOString();
    const fin = new Date(Date.parse(creation));
    fin.setUTCMonth(fin.getUTCMonth() + 2);
    const apply = saisie["apply"] ?? {};
    const lecture = {
      identifier: { id, partner_label: "offres_emploi_partenaires", partner_job_id: (saisie["identifier"]?.["partner_job_id"] as string | undefined) ?? null },
      workplace: lieuTravail(parSiret.get(siret), siret, workplace),
      apply: { url: (apply["url"] as string | undefined) ?? `https://labonnealternance.apprentissage.beta.gouv.fr/emploi/${id}`, phone: (apply["phone"] as string | undefined) ?? null, recipient_id: `partners_${id}` },
      contract: {
        start: contrat["start"] ?? null,
        duration: contrat["duration"] ?? null,
        type: contrat["type"] ?? ["Apprentissage", "Professionnalisation"],
        remote: contrat["remote"] ?? null,
      },
      offer: {
        title: offre["title"],
        description: offre["description"],
        rome_codes: offre["rome_codes"] ?? [],
        desired_skills: offre["desired_skills"] ?? [],
        to_be_acquired_skills: offre["to_be_acquired_skills"] ?? [],
        access_conditions: offre["access_conditions"] ?? [],
        opening_count: offre["opening_count"] ?? 1,
        publication: { creation, expiration: publication.expiration ?? fin.toISOString() },
        target_diploma: offre["target_diploma"] === undefined || offre["target_diploma"] === null ? null : { european: (offre["target_diploma"] as { european: string }).european, label: "" },
        status: offre["status"] ?? "Active",
      },
      is_delegated: false,
    };
    return { lecture, multicast: offre["multicast"] !== false };
  }

  function rechercher(requete: RequeteEmulateur): ReponseEmulateur {
    const p = requete.parametres;
    const problemes: string[] = [];
    const latitude = p.get("latitude");
    const longitude = p.get("longitude");
    if ((latitude === null) !== (longitude === null)) problemes.push("latitude et longitude vont ensemble");
    const rayon = Number(p.get("radius") ?? "30");
    if (!(rayon >= 0 && rayon <= 200)) problemes.push("radius : 0 à 200");
    const opco = p.get("opco");
    if (opco !== null && !OPCOS_LBA.includes(opco)) problemes.push(`opco : valeur inconnue « ${opco} »`);
    const romes = p.get("romes")?.split(",").filter((r) => r !== "") ?? [];
    if (romes.some((r) => !/^[A-Z]\d{4}$/.test(r))) problemes.push("romes : format ROME attendu");
    if (problemes.length > 0) return invalide(problemes);
    const departements = p.get("departements")?.split(",").filter((d) => d !== "") ?? [];
    const exclus = p.get("partners_to_exclude")?.split(",") ?? [];
    const niveau = p.get("target_diploma_level");
    const centre: [number, number] | null = latitude === null || longitude === null ? null : [Number(longitude), Number(latitude)];
    const maintenant = horloge();

    const distance = (lieu: Record<string, unknown>): number => {
      const point = (lieu["location"] as { geopoint?: { coordinates: [number, number] } | null }).geopoint;
      return centre === null || point === undefined || point === null ? 0 : distanceKm(centre, point.coordinates);
    };
    const garderLieu = (lieu: Record<string, unknown>, siret: string | null): boolean => {
      const domaine = lieu["domain"] as { opco: string | null };
      if (opco !== null && domaine.opco !== opco) return false;
      const etablissement = siret === null ? undefined : parSiret.get(siret);
      if (departements.length > 0 && (etablissement === undefined || !departements.includes(etablissement.departement))) return false;
      return centre === null || distance(lieu) <= rayon;
    };

    const jobs = [...offres.values()]
      .filter(({ lecture, multicast }) => {
        const offre = lecture["offer"] as { status: string; rome_codes: string[]; publication: { expiration: string | null }; target_diploma: { european: string } | null };
        const identifiant = lecture["identifier"] as { partner_label: string };
        if (!multicast || offre.status !== "Active") return false;
        if (offre.publication.expiration !== null && Date.parse(offre.publication.expiration) <= maintenant) return false;
        if (exclus.includes(identifiant.partner_label)) return false;
        if (romes.length > 0 && !offre.rome_codes.some((r) => romes.includes(r))) return false;
        if (niveau !== null && offre.target_diploma?.european !== niveau) return false;
        const lieu = lecture["workplace"] as Record<string, unknown>;
        return garderLieu(lieu, lieu["siret"] as string | null);
      })
      .map(({ lecture }) => lecture)
      .sort((a, b) => distance(a["workplace"] as Record<string, unknown>) - distance(b["workplace"] as Record<string, unknown>))
      .slice(0, 150);
    const recruiters = exclus.includes("recruteurs_lba")
      ? []
      : etablissements
          .filter((e) => e.romesAlgorithme.length > 0 && (romes.length === 0 || e.romesAlgorithme.some((r) => romes.includes(r))))
          .map(recruteur)
          .filter((r) => garderLieu(r["workplace"] as Record<string, unknown>, (r["identifier"] as { id: string }).id))
          .sort((a, b) => distance(a["workplace"] as Record<string, unknown>) - distance(b["workplace"] as Record<string, unknown>))
          .slice(0, 150);
    return { statut: 200, corps: { jobs, recruiters, warnings: [] } };
  }

  const serveur = await demarrerServeurEmulateur({
    ...options,
    authentifier(requete) {
      if (requete.chemin.startsWith("/exports/")) return undefined;
      const entete = requete.entetes.authorization;
      const m = typeof entete === "string" ? /^bearer\s+(\S+)$/i.exec(entete) : null;
      if (m === null) {
        return { statut: 401, corps: { statusCode: 401, name: "Unauthorized", message: "Le header Authorization doit être de la forme 'Bearer <token>'" } };
      }
      if (m[1] !== jeton) return { statut: 401, corps: { statusCode: 401, name: "Unauthorized", message: "Impossible de déchiffrer la clé d'API" } };
      return undefined;
    },
    routes: [
      { methode: "GET", motif: "/api/v3/jobs/search", gerer: rechercher },
      {
        methode: "GET",
        motif: "/api/v3/jobs/export",
        gerer(requete) {
          signatureExport = randomBytes(12).toString("hex");
          const hote = requete.entetes.host ?? "127.0.0.1";
          return {
            statut: 200,
            corps: { url: `http://${hote}/exports/offres.json?X-Amz-Signature=${signatureExport}`, lastUpdate: new Date(horloge()).toISOString() },
          };
        },
      },
      {
        methode: "GET",
        motif: "/exports/offres.json",
        gerer(requete) {
          if (signatureExport === "" || requete.parametres.get("X-Amz-Signature") !== signatureExport) {
            return { statut: 403, corps: "<Error><Code>AccessDenied</Code></Error>" };
          }
          const algorithme = etablissements
            .filter((e) => e.romesAlgorithme.length > 0)
            .map((e) => ({
              identifier: { id: e.siret, partner_label: "recruteurs_lba", partner_job_id: e.siret },
              workplace: lieuTravail(e, e.siret, {}),
              apply: { url: `https://labonnealternance.apprentissage.beta.gouv.fr/recherche?siret=${e.siret}`, phone: null, recipient_id: null },
              contract: { start: null, duration: null, type: ["Apprentissage"], remote: null },
              offer: {
                title: "recruteurs_lba",
                description: "recruteurs_lba",
                rome_codes: [...e.romesAlgorithme],
                desired_skills: [],
                to_be_acquired_skills: [],
                access_conditions: [],
                opening_count: 1,
                publication: { creation: null, expiration: null },
                target_diploma: null,
                status: "Active",
              },
            }));
          return { statut: 200, corps: [...[...offres.values()].map((o) => o.lecture), ...algorithme] };
        },
      },
      {
        methode: "GET",
        motif: "/api/v3/jobs/:id/publishing-informations",
        gerer(requete) {
          const stockee = offres.get(requete.parametresChemin["id"] ?? "");
          if (stockee === undefined) return { statut: 404, corps: { statusCode: 404, name: "Not Found", message: "Offre introuvable" } };
          const statut = (stockee.lecture["offer"] as { status: string }).status;
          if (!stockee.multicast || statut !== "Active") {
            return { statut: 200, corps: { publishing: { status: "WILL_NOT_BE_PUBLISHED", error: { code: stockee.multicast ? "NOT_ACTIVE" : "NOT_MULTICAST", label: stockee.multicast ? "Offre non active" : "Diffusion non demandée" } } } };
          }
          return { statut: 200, corps: { publishing: { status: "PUBLISHED" } } };
        },
      },
      {
        methode: "GET",
        motif: "/api/v3/jobs/:id",
        gerer(requete) {
          const stockee = offres.get(requete.parametresChemin["id"] ?? "");
          return stockee === undefined
            ? { statut: 404, corps: { statusCode: 404, name: "Not Found", message: "Offre introuvable" } }
            : { statut: 200, corps: stockee.lecture };
        },
      },
      {
        methode: "POST",
        motif: "/api/v3/jobs",
        gerer(requete) {
          const { problemes, saisie } = controlerEcriture(requete.corps);
          if (problemes.length > 0) return invalide(problemes);
          compteur += 1;
          const id = `6650f3a1c2b4a8${String(compteur).padStart(10, "0")}`;
          offres.set(id, construireLecture(id, saisie));
          return { statut: 200, corps: { id } };
        },
      },
      {
        methode: "PUT",
        motif: "/api/v3/jobs/:id",
        gerer(requete) {
          const id = requete.parametresChemin["id"] ?? "";
          const existante = offres.get(id);
          if (existante === undefined) return { statut: 404, corps: { statusCode: 404, name: "Not Found", message: "Offre introuvable" } };
          const { problemes, saisie } = controlerEcriture(requete.corps);
          if (problemes.length > 0) return invalide(problemes);
          offres.set(id, construireLecture(id, saisie, existante.lecture));
          return { statut: 204 };
        },
      },
    ],
  });

  return {
    ...serveur,
    get url() {
      return serveur.url;
    },
    get statistiques() {
      return serveur.statistiques;
    },
    offres: () => [...offres.values()].map((o) => o.lecture),
  };
}
