import type { CertificationOpco } from "./importeurs/importerOpcoRncp";
import { estEtatConventionEnVigueur, tableIdccOpco } from "@communs-opco/nomenclatures";
import { MemoireBornee } from "@communs-opco/regles";
import { conventionNomenclature } from "./conventionNomenclature";
import { preuveEnregistrementDeDroit, type SourcesPreuveEnregistrement } from "./preuveEnregistrementDeDroit";
import { indexerParCle } from "./indexerParCle";
import { normaliserCfd } from "./importeurs/normaliserCfd";
import { normaliserIdcc } from "./importeurs/normaliserIdcc";
import { normaliserRncp } from "./importeurs/normaliserRncp";
import { normaliserSiret } from "./importeurs/normaliserSiret";
import type { Instantane, SourceInstantane } from "./instantane/Instantane";
import type { TypeSource } from "./instantane/TypeSource";
import type { CapaciteReferentiel, QuestionReferentiel } from "./capacites/CapaciteReferentiel";
import type { NpecApplicable } from "./npec/NpecApplicable";
import type { ValeurNpec } from "./npec/ValeurNpec";
import { IndexCorrespondancesNpec } from "./npec/IndexCorrespondancesNpec";
import { rechercherNpecSurLaPeriode, type CriteresNpec } from "./npec/rechercherNpec";
import type {
  CertificationReferentiel,
  ConventionReferentiel,
  EntrepriseReferentiel,
  HabilitationReferentiel,
  OpcoReferentiel,
  OrganismeReferentiel,
  Referentiel,
  ReponseReferentiel,
  SourceReponse,
} from "./Referentiel";
import type { ReferentielEnMemoireSynchrone } from "./ReferentielEnMemoireSynchrone";
import { ReferentielSurMemoire } from "./ReferentielSurMemoire";

/** Année d'une dernière session BCN (`2021`, ou une date `AAAA-MM-JJ` / `JJ/MM/AAAA`). */
function anneeSession(valeur: string | null): number | null {
  if (valeur === null) return null;
  const m = /(?:^|\D)(\d{4})(?:\D|$)/.exec(valeur.trim());
  return m === null ? null : Number(m[1]);
}


const NOMS: Record<TypeSource, string> = {
  npec: "Référentiel NPEC (France compétences)",
  bcn: "BCN (Éducation nationale)",
  kit: "Kit apprentissage",
  "france-competences": "Export RNCP (France compétences)",
  kali: "KALI (Légifrance)",
  "dares-ape-idcc": "Table APE ↔ IDCC (DARES)",
  "dares-ccn": "Liste des IDCC (DARES)",
  acce: "ACCE (Éducation nationale)",
  organismes: "Référentiel des organismes de formation",
  "opco-rncp": "Listes RNCP des OPCO",
  "idcc-opco": "Table IDCC → OPCO",
};

/** Fichier complet à importer, cité dans le remède d'une réponse tirée d'un extrait. */
const FICHIER_COMPLET: Record<TypeSource, string> = {
  npec: "<Referentiel-des-NPEC.xlsx>",
  bcn: "<N_FORMATION_DIPLOME.csv>",
  kit: "<Kit_apprentissage.xlsx>",
  "france-competences": "<export-fiches-csv-AAAA-MM-JJ.zip>",
  kali: "<conventions-kali.xlsx>",
  "dares-ape-idcc": "<passage-ape-idcc.xlsx>",
  "dares-ccn": "<liste-idcc.xlsx>",
  acce: "<acce_data.zip>",
  organismes: "<organismes.json>",
  "opco-rncp": "<opco.csv>",
  "idcc-opco": "<idcc-opco.csv>",
};

/**
 * Implémentation hors ligne du port {@link Referentiel}, sur un instantané. Ce qui n'existe
 * qu'en ligne (entreprise, OPCO d'un SIRET) répond `indisponible` ; une section vide de
 * l'instantané répond `indisponible`, une clé inconnue d'une section complète répond `absent`.
 * Une clé inconnue alors que toutes les sources qui pourraient la contenir sont des **extraits**
 * (`couverture: "extrait"`, échantillons de l'instantané embarqué) répond `indisponible`, avec une
 * raison qui nomme l'extrait et le fichier complet à importer : un échantillon ne prouve aucune
 * absence. Une clé trouvée dans un extrait reste `trouve` (`source.couverture: "extrait"`).
 *
 * @example
 * ```ts
 * const referentiel = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
 * await referentiel.npec({ rncp: "RNCP1002", idcc: "478", date: "2024-09-01" }); // { statut: "trouve", valeur: { npecAnnuel: 9497, … }, … }
 * ```
 */
export class ReferentielHorsLigne extends ReferentielSurMemoire {
  override readonly nom = "hors ligne";

  #debutNpecParFichier: Map<string, string> | null = null;

  /** Index des sections de l'instantané, construits au premier besoin (clé → éléments). */
  readonly #index = new Map<string, Map<string, unknown[]>>();

  /** Correspondances CPNE ↔ IDCC du NPEC, indexées au chargement de l'instantané. */
  readonly #correspondancesNpec: IndexCorrespondancesNpec;

  /** Sources par type (et fichier), extraits seuls et réponses `indisponible` : calculés une fois par source. */
  readonly #sources = new Map<string, SourceReponse>();
  readonly #extraits = new Map<string, SourceInstantane[] | null>();
  readonly #descriptionsExtraits = new Map<string, { prefixe: string; suffixe: string; source: SourceReponse }>();
  readonly #descriptionsParExtraits = new WeakMap<readonly SourceInstantane[], { prefixe: string; suffixe: string; source: SourceReponse }>();
  /** Éditions NPEC applicables par date du contrat (`#editionsNpecAu`). */
  readonly #editionsNpecParDate = new MemoireBornee<{ extraits: SourceInstantane[] | null; complete: SourceInstantane | undefined }>(10_000);
  /** Dates de début des lignes et éditions NPEC, triées (bornes des périodes d'applicabilité), relevées au premier besoin. */
  #bornesNpec: string[] | null = null;
  /** Réponse NPEC par critères et période d'applicabilité (`#npecSurLaPeriode`), mémoire bornée. */
  readonly #npecParPeriode = new MemoireBornee<(date: string) => ReponseReferentiel<NpecApplicable>>(100_000);
  /** Preuves d'enregistrement de droit par RNCP normalisé (`#preuveDeDroit`). */
  readonly #preuvesDeDroit = new MemoireBornee<ReturnType<typeof preuveEnregistrementDeDroit>>(100_000);
  readonly #indisponibles = new Map<TypeSource, ReponseReferentiel<never>>();
  /** Types des sources importées dans l'instantané, relevés au chargement (chemin chaud de chaque recherche). */
  readonly #typesImportes: ReadonlySet<TypeSource>;

  constructor(readonly instantane: Instantane) {
    super();
    this.#correspondancesNpec = IndexCorrespondancesNpec.construire(instantane.npec.correspondances);
    this.#typesImportes = new Set(instantane.sources.map((s) => s.type));
  }

  /** Éléments d'une section dont une clé vaut `cle`, par un index construit une fois. */
  #chercher<T>(nom: string, elements: readonly T[], cles: (element: T) => Iterable<string | null | undefined>, cle: string): T[] {
    let index = this.#index.get(nom) as Map<string, T[]> | undefined;
    if (index === undefined) {
      index = indexerParCle(elements, cles);
      this.#index.set(nom, index as Map<string, unknown[]>);
    }
    return index.get(cle) ?? [];
  }

  #kitParRncp(rncp: string): Instantane["cfdRncp"] {
    return this.#chercher("kit.rncp", this.instantane.cfdRncp, (c) => [c.rncp], rncp);
  }

  #fiche(rncp: string): Instantane["fichesRncp"][number] | undefined {
    return this.#chercher("fiches.numero", this.instantane.fichesRncp, (f) => [f.numero], rncp)[0];
  }

  #diplome(cfd: string): Instantane["diplomes"][number] | undefined {
    return this.#chercher("diplomes.cfd", this.instantane.diplomes, (d) => [d.cfd], cfd)[0];
  }

  /** Recherches indexées du Kit et de la BCN pour `preuveEnregistrementDeDroit`. */
  readonly #sourcesPreuve: SourcesPreuveEnregistrement = {
    cfdsDuRncp: (rncp: string): string[] => this.#kitParRncp(rncp).map((c) => c.cfd),
    diplome: (cfd: string): Instantane["diplomes"][number] | undefined => this.#diplome(cfd),
  };

  /** Preuve d'enregistrement de droit d'un RNCP : ne dépend que du code et de l'instantané, établie une fois par code (mémoire bornée). */
  #preuveDeDroit(rncp: string): ReturnType<typeof preuveEnregistrementDeDroit> {
    return this.#preuvesDeDroit.obtenir(rncp, (code) => preuveEnregistrementDeDroit(this.#sourcesPreuve, code));
  }

  /** Index des valeurs NPEC par RNCP et par CFD, construit au premier appel. */
  #valeursNpec(criteres: CriteresNpec): ValeurNpec[] {
    const parCode = (code: string | null): ValeurNpec[] => (code === null ? [] : this.#chercher("npec.code", this.instantane.npec.valeurs, (v) => [v.rncp, v.cfd], code));
    const rncp = criteres.rncp === undefined ? null : normaliserRncp(criteres.rncp);
    const cfd = criteres.cfd === undefined ? null : normaliserCfd(criteres.cfd);
    return [...new Set([...parCode(rncp), ...parCode(cfd)])];
  }

  /** Provenance d'une réponse (dernière source importée du type, ou de ce fichier), calculée une fois. */
  #source(type: TypeSource, fichier?: string): SourceReponse {
    const cle = `${type}|${fichier ?? ""}`;
    const connue = this.#sources.get(cle);
    if (connue !== undefined) return connue;
    const sources = this.instantane.sources.filter((s) => s.type === type && (fichier === undefined || s.fichier === fichier));
    const s: SourceInstantane | undefined = sources.at(-1);
    const source: SourceReponse =
      s === undefined
        ? { nom: NOMS[type], date: null }
        : { nom: NOMS[type], fichier: s.fichier, date: s.dateDonnees ?? s.importeLe.slice(0, 10), ...(s.couverture === "extrait" ? { couverture: "extrait" as const } : {}) };
    this.#sources.set(cle, source);
    return source;
  }

  #aDes(type: TypeSource): boolean {
    return this.#typesImportes.has(type);
  }

  /**
   * Sources importées des types donnés (filtrées par `garder`) quand il y en a au moins une et
   * qu'elles sont **toutes** des extraits ; `null` sinon (une source complète, ou aucune source).
   */
  #extraitsSeulement(types: readonly TypeSource[], garder?: (s: SourceInstantane) => boolean): SourceInstantane[] | null {
    const cle = types.join(",");
    if (garder === undefined && this.#extraits.has(cle)) return this.#extraits.get(cle) ?? null;
    const sources = this.instantane.sources.filter((s) => types.includes(s.type) && (garder === undefined || garder(s)));
    const extraits = sources.length > 0 && sources.every((s) => s.couverture === "extrait") ? sources : null;
    if (garder === undefined) this.#extraits.set(cle, extraits);
    return extraits;
  }

  /** Réponse `indisponible` pour une clé absente d'extraits : nomme l'extrait et le remède. */
  #indisponibleExtrait<T>(cle: string, extraits: readonly SourceInstantane[], precision?: string): ReponseReferentiel<T> {
    // Ce qui ne dépend que des extraits (noms, volume, remède, provenance) est construit une fois par ensemble d'extraits.
    // Un même ensemble d'extraits (même tableau) retrouve sa description sans recalculer sa clé.
    let description = this.#descriptionsParExtraits.get(extraits);
    const cleExtraits = description === undefined ? extraits.map((s) => `${s.type}|${s.fichier}`).join("\n") : "";
    if (description === undefined) description = this.#descriptionsExtraits.get(cleExtraits);
    if (description === undefined) {
      const types = [...new Set(extraits.map((s) => s.type))];
      const enregistrements = extraits.reduce((n, s) => n + s.statistiques.enregistrements, 0);
      const fichiers = extraits.length > 1 ? `, ${String(extraits.length)} fichiers` : "";
      const noms = types.map((t) => `« ${NOMS[t]} »`).join(" et ");
      const remede = types.map((t) => `opco referentiel importer ${t} ${FICHIER_COMPLET[t]}`).join(", puis ");
      // provenance : l'extrait le plus récent (date des données)
      const recent = [...extraits].sort((a, b) => (a.dateDonnees ?? a.importeLe).localeCompare(b.dateDonnees ?? b.importeLe)).at(-1) as SourceInstantane;
      description = {
        prefixe: ` introuvable dans l'extrait ${noms} de l'instantané (échantillon de ${enregistrements.toLocaleString("fr-FR")} enregistrements${fichiers}) : `,
        suffixe: `un extrait ne prouve aucune absence ; importez le fichier complet (${remede})`,
        source: { ...this.#source(recent.type, recent.fichier), couverture: "extrait" },
      };
      this.#descriptionsExtraits.set(cleExtraits, description);
    }
    if (cleExtraits !== "") this.#descriptionsParExtraits.set(extraits, description);
    return {
      statut: "indisponible",
      raison: `${cle}${description.prefixe}${description.suffixe}${precision === undefined ? "" : ` ; ${precision}`}`,
      source: description.source,
    };
  }

  /** Première date d'applicabilité de chaque fichier NPEC (édition ou ligne la plus ancienne). */
  #debutNpec(fichier: string): string | undefined {
    if (this.#debutNpecParFichier === null) {
      const debuts = new Map<string, string>();
      const retenir = (f: string, d: string | null): void => {
        if (d === null) return;
        const deja = debuts.get(f);
        if (deja === undefined || d < deja) debuts.set(f, d);
      };
      for (const e of this.instantane.npec.editions) retenir(e.fichier, e.dateApplicabilite);
      for (const v of this.instantane.npec.valeurs) retenir(v.fichier, v.dateApplicabilite);
      this.#debutNpecParFichier = debuts;
    }
    return this.#debutNpecParFichier.get(fichier);
  }

  #indisponible<T>(type: TypeSource): ReponseReferentiel<T> {
    let reponse = this.#indisponibles.get(type);
    if (reponse === undefined) {
      reponse = { statut: "indisponible", raison: `source « ${NOMS[type]} » absente de l'instantané`, source: this.#source(type) };
      this.#indisponibles.set(type, reponse);
    }
    return reponse;
  }

  #certification(rncpOuCfd: string): ReponseReferentiel<CertificationReferentiel> {
    const rncp = /^\s*rncp/i.test(rncpOuCfd) ? normaliserRncp(rncpOuCfd) : null;
    const cfd = rncp === null ? normaliserCfd(rncpOuCfd) : null;
    if (rncp === null && cfd === null) return { statut: "absent", raison: `« ${rncpOuCfd} » n'est ni un code RNCP ni un code diplôme`, source: { nom: "hors ligne", date: null } };
    const kit = rncp !== null ? this.#kitParRncp(rncp) : this.#chercher("kit.cfd", this.instantane.cfdRncp, (c) => [c.cfd], cfd ?? "");
    if (rncp !== null) {
      if (!this.#aDes("france-competences") && !this.#aDes("kit")) return this.#indisponible("france-competences");
      const fiche = this.#fiche(rncp);
      const source = fiche !== undefined || !this.#aDes("kit") ? this.#source("france-competences") : this.#source("kit");
      if (fiche === undefined && kit.length === 0) {
        if (this.#aDes("france-competences") && this.#extraitsSeulement(["france-competences"]) === null) return { statut: "absent", raison: `fiche ${rncp} absente de l'export RNCP de l'instantané`, source };
        // le Kit ne relie que les certifications qui ont un code diplôme : il ne prouve pas l'absence d'une fiche
        const horsKit = `le Kit apprentissage ne relie ${rncp} à aucun code diplôme (il ne couvre que les diplômes)`;
        const extraits = this.#extraitsSeulement(["france-competences"]);
        if (extraits !== null) return this.#indisponibleExtrait(`fiche ${rncp}`, extraits, horsKit);
        return { statut: "indisponible", raison: `source « ${NOMS["france-competences"]} » absente de l'instantané ; ${horsKit}`, source: this.#source("france-competences") };
      }
      const k = kit[0];
      return {
        statut: "trouve",
        source,
        valeur: {
          rncp,
          cfd: kit.length === 1 ? (k?.cfd ?? null) : null,
          intitule: fiche?.intitule ?? k?.intitule ?? null,
          niveau: fiche?.niveau ?? null,
          actif: fiche !== undefined ? fiche.actif : (k?.actif ?? null),
          accesApprentissage: fiche !== undefined && fiche.voiesAcces.length > 0 ? fiche.accesApprentissage : (k?.accesApprentissage ?? null),
          typeEnregistrement: fiche?.typeEnregistrement ?? (this.#preuveDeDroit(rncp).prouve ? "Enregistrement de droit" : null),
          dateDebut: fiche?.dateEffet ?? fiche?.dateDecision ?? null,
          dateFin: fiche?.dateFinEnregistrement ?? k?.dateEcheance ?? null,
          derniereSession: this.#derniereSession(kit.map((c) => c.cfd)),
          certificateurs: fiche?.certificateurs ?? [],
          correspondances: { rncp: [rncp], cfd: [...new Set(kit.map((c) => c.cfd))] },
          continuite: { anciennes: fiche?.anciennes ?? [], nouvelles: fiche?.nouvelles ?? [] },
        },
      };
    }
    if (!this.#aDes("bcn") && !this.#aDes("kit")) return this.#indisponible("bcn");
    const diplome = cfd === null ? undefined : this.#diplome(cfd);
    const source = diplome !== undefined || !this.#aDes("kit") ? this.#source("bcn") : this.#source("kit");
    if (diplome === undefined && kit.length === 0) {
      if (this.#aDes("bcn") && this.#extraitsSeulement(["bcn"]) === null) return { statut: "absent", raison: `code diplôme ${String(cfd)} absent de la BCN de l'instantané`, source };
      const horsKit = `le Kit apprentissage ne relie ${String(cfd)} à aucune fiche RNCP (il ne couvre que les diplômes ouverts à l'apprentissage)`;
      const extraits = this.#extraitsSeulement(["bcn"]);
      if (extraits !== null) return this.#indisponibleExtrait(`code diplôme ${String(cfd)}`, extraits, horsKit);
      return { statut: "indisponible", raison: `source « ${NOMS.bcn} » absente de l'instantané ; ${horsKit}`, source: this.#source("bcn") };
    }
    const k = kit[0];
    return {
      statut: "trouve",
      source,
      valeur: {
        rncp: kit.length === 1 ? (k?.rncp ?? null) : null,
        cfd,
        intitule: diplome?.libelleLong ?? k?.intitule ?? null,
        niveau: diplome?.niveauRncp !== undefined && diplome.niveauRncp !== null && /^0?[1-8]$/.test(diplome.niveauRncp) ? String(Number(diplome.niveauRncp)) : null,
        actif: diplome !== undefined ? diplome.dateFermeture === null : (k?.actif ?? null),
        // la BCN ne dit pas si un diplôme s'obtient par apprentissage : seul le Kit apprentissage le prouve
        accesApprentissage: k?.accesApprentissage ?? null,
        typeEnregistrement: diplome?.nature === "1" ? "Enregistrement de droit" : null,
        dateDebut: diplome?.dateOuverture ?? null,
        dateFin: diplome?.dateFermeture ?? null,
        derniereSession: diplome === undefined ? null : anneeSession(diplome.derniereSession),
        certificateurs: [],
        correspondances: { rncp: [...new Set(kit.map((c) => c.rncp))], cfd: cfd === null ? [] : [cfd] },
        continuite: { anciennes: diplome?.anciens ?? [], nouvelles: diplome?.nouveaux ?? [] },
      },
    };
  }

  /**
   * Dernière session d'examen d'un RNCP relié à plusieurs CFD : la plus tardive, connue seulement
   * si chaque CFD est dans la BCN avec une dernière session fixée (sinon `null` : pas de limite établie).
   */
  #derniereSession(cfds: readonly string[]): number | null {
    if (cfds.length === 0) return null;
    let max: number | null = null;
    for (const cfd of new Set(cfds)) {
      const annee = anneeSession(this.#diplome(cfd)?.derniereSession ?? null);
      if (annee === null) return null;
      max = max === null ? annee : Math.max(max, annee);
    }
    return max;
  }

  #convention(idcc: string): ReponseReferentiel<ConventionReferentiel> {
    const code = normaliserIdcc(idcc);
    if (code === null) return { statut: "absent", raison: `IDCC invalide : « ${idcc} »`, source: this.#source("kali") };
    const textes = this.#chercher("kali.idcc", this.instantane.conventionsKali, (c) => [c.idcc], code);
    const kali = textes.find((c) => estEtatConventionEnVigueur(c.etat)) ?? textes[0];
    if (kali !== undefined) {
      return {
        statut: "trouve",
        source: this.#source("kali"),
        valeur: { idcc: code, titre: kali.titre, etat: kali.etat, enVigueur: estEtatConventionEnVigueur(kali.etat), debut: kali.debut, fin: kali.fin },
      };
    }
    const dares = this.#chercher("dares.idcc", this.instantane.conventionsDares, (c) => [c.idcc], code)[0];
    const table = conventionNomenclature(code);
    if (dares !== undefined) {
      // la liste DARES ne donne pas d'état juridique : seule la table des conventions (états Légifrance) peut conclure
      if (table.statut === "trouve") return table;
      return {
        statut: "indetermine",
        raison: `IDCC ${code} présent dans la liste DARES${dares.titre === null ? "" : ` (« ${dares.titre} »)`} mais sans état juridique Légifrance : vigueur non vérifiable`,
        source: this.#source("dares-ccn"),
      };
    }
    if (table.statut !== "absent") return table;
    const consultees = [
      ...(["kali", "dares-ccn"] as const).filter((t) => this.#aDes(t)).map((t) => (this.#extraitsSeulement([t]) === null ? NOMS[t] : `extrait « ${NOMS[t]} »`)),
      "table complète des conventions collectives",
    ];
    return { statut: "absent", raison: `IDCC ${code} absent de toutes les sources (${consultees.join(" ; ")})`, source: table.source };
  }

  #conventionsDeApe(ape: string): ReponseReferentiel<{ idcc: string; part: number | null }[]> {
    if (!this.#aDes("dares-ape-idcc")) return this.#indisponible("dares-ape-idcc");
    const m = /^(\d{2})\.?(\d{2})([A-Z])$/.exec(ape.trim().toUpperCase());
    const source = this.#source("dares-ape-idcc");
    if (!m) return { statut: "absent", raison: `code APE invalide : « ${ape} »`, source };
    const code = `${m[1] as string}.${m[2] as string}${m[3] as string}`;
    const lignes = this.#chercher("ape", this.instantane.apeIdcc, (p) => [p.ape], code);
    if (lignes.length === 0) {
      const extraits = this.#extraitsSeulement(["dares-ape-idcc"]);
      if (extraits !== null) return this.#indisponibleExtrait(`APE ${code}`, extraits);
      return { statut: "absent", raison: `APE ${code} absent de la table DARES`, source };
    }
    if (lignes.every((l) => l.nonDiffusable)) return { statut: "indetermine", raison: `répartition non diffusée par la DARES pour l'APE ${code}`, source };
    const valeur = lignes.filter((l) => l.idcc !== null).map((l) => ({ idcc: l.idcc as string, part: l.part })).sort((a, b) => (b.part ?? 0) - (a.part ?? 0));
    return { statut: "trouve", valeur, source };
  }

  #opcoDeIdcc(idcc: string): ReponseReferentiel<OpcoReferentiel> {
    const code = normaliserIdcc(idcc);
    const lignes = code === null ? [] : this.#chercher("idccOpco.idcc", this.instantane.idccOpco, (r) => [r.idcc], code);
    if (!this.#aDes("idcc-opco") || (lignes.length === 0 && this.#extraitsSeulement(["idcc-opco"]) !== null)) {
      // section non importée, ou simple extrait sans la clé : la table complète (330 couples) est embarquée dans @communs-opco/nomenclatures
      const source: SourceReponse = { nom: "Table IDCC → OPCO (@communs-opco/nomenclatures)", fichier: "nomenclatures/idcc-opco.csv", date: tableIdccOpco.source.date };
      const entree = code === null ? undefined : tableIdccOpco.entrees.find((e) => e.idcc === code);
      if (code === null || entree === undefined) return { statut: "absent", raison: `IDCC ${idcc} absent de la table IDCC → OPCO`, source };
      return { statut: "trouve", valeur: { opco: entree.libelleSource, idcc: code }, source };
    }
    const source = this.#source("idcc-opco");
    if (code === null || lignes.length === 0) return { statut: "absent", raison: `IDCC ${idcc} absent de la table IDCC → OPCO`, source };
    const opcos = [...new Set(lignes.map((l) => l.opco))];
    if (opcos.length > 1) return { statut: "indetermine", raison: `IDCC ${code} rattaché à plusieurs OPCO : ${opcos.join(", ")}`, source };
    return { statut: "trouve", valeur: { opco: opcos[0] as string, idcc: code }, source };
  }

  #opcoDeSiret(siret: string): ReponseReferentiel<OpcoReferentiel> {
    return { statut: "indisponible", raison: `OPCO du SIRET ${siret} : service SIRO en ligne uniquement`, source: { nom: "SIRO (France compétences)", date: null } };
  }

  #npec(criteres: CriteresNpec): ReponseReferentiel<NpecApplicable> {
    if (this.instantane.npec.valeurs.length === 0) return this.#indisponible("npec");
    // Même réponse pour toutes les dates d'une période d'applicabilité (au motif près, qui cite la date) : une recherche par période.
    const cle = `${criteres.idcc}\u0000${criteres.rncp ?? "\u0001"}\u0000${criteres.cfd ?? "\u0001"}\u0000${String(this.#periodeNpec(criteres.date))}`;
    return this.#npecParPeriode.obtenir(cle, () => this.#npecSurLaPeriode(criteres))(criteres.date);
  }

  /**
   * Période d'applicabilité NPEC d'une date : nombre de dates de début (lignes et éditions) qui la
   * précèdent ou l'égalent. Deux dates de même période voient les mêmes lignes et les mêmes éditions.
   */
  #periodeNpec(date: string): number {
    let bornes = this.#bornesNpec;
    if (bornes === null) {
      const toutes = new Set<string>();
      for (const e of this.instantane.npec.editions) if (e.dateApplicabilite !== null) toutes.add(e.dateApplicabilite);
      for (const v of this.instantane.npec.valeurs) toutes.add(v.dateApplicabilite);
      bornes = [...toutes].sort();
      this.#bornesNpec = bornes;
    }
    let bas = 0;
    let haut = bornes.length;
    while (bas < haut) {
      const milieu = (bas + haut) >>> 1;
      if ((bornes[milieu] as string) <= date) bas = milieu + 1;
      else haut = milieu;
    }
    return bas;
  }

  /** Réponse NPEC aux dates de la période de `criteres.date` (recherche, éditions applicables et provenance calculées une fois). */
  #npecSurLaPeriode(criteres: CriteresNpec): (date: string) => ReponseReferentiel<NpecApplicable> {
    const recherche = rechercherNpecSurLaPeriode(this.#valeursNpec(criteres), this.#correspondancesNpec, criteres);
    const r = recherche(criteres.date);
    if (r.statut === "trouve") {
      const s = this.#source("npec", r.valeur.source.fichier);
      const reponse: ReponseReferentiel<NpecApplicable> = { statut: "trouve", valeur: r.valeur, source: { ...s, date: r.valeur.dateApplicabilite } };
      return () => reponse;
    }
    const idcc = normaliserIdcc(criteres.idcc);
    const codes = [criteres.rncp === undefined ? null : normaliserRncp(criteres.rncp), criteres.cfd === undefined ? null : normaliserCfd(criteres.cfd)].filter((c) => c !== null);
    if (r.statut === "absent" && idcc !== null && codes.length > 0) {
      // éditions qui pourraient s'appliquer à la date : celles dont l'applicabilité commence au plus tard ce jour-là
      const { extraits, complete } = this.#editionsNpecAu(criteres.date);
      if (extraits !== null) {
        const avant = `NPEC de ${codes.join(" / ")} pour l'IDCC ${idcc} au `;
        return (date) => this.#indisponibleExtrait(`${avant}${date}`, extraits);
      }
      if (complete !== undefined) {
        const source = this.#source("npec", complete.fichier);
        return (date) => ({ statut: "absent", raison: (recherche(date) as { raison: string }).raison, source });
      }
    }
    const source = this.#source("npec");
    return (date) => {
      const auJour = recherche(date) as Exclude<ReturnType<typeof recherche>, { statut: "trouve" }>;
      return { statut: auJour.statut, raison: auJour.raison, source };
    };
  }

  /**
   * Éditions NPEC qui pourraient s'appliquer à une date (applicabilité commencée au plus tard ce
   * jour-là) : toutes des extraits (`extraits`), sinon l'édition complète la plus récente qui fait
   * foi d'une absence (`complete`). Ne dépend que de la date : calculé une fois par date (mémoire bornée).
   */
  #editionsNpecAu(date: string): { extraits: SourceInstantane[] | null; complete: SourceInstantane | undefined } {
    return this.#editionsNpecParDate.obtenir(date, () => {
      const applicables = this.instantane.sources.filter((s) => s.type === "npec" && (this.#debutNpec(s.fichier) ?? "") <= date);
      const extraits = this.#extraitsSeulement(["npec"], (s) => applicables.includes(s));
      // provenance de l'absence : l'édition complète applicable la plus récente
      const complete = applicables.filter((s) => s.couverture !== "extrait").sort((a, b) => (this.#debutNpec(a.fichier) ?? "").localeCompare(this.#debutNpec(b.fichier) ?? "")).at(-1);
      return { extraits, complete };
    });
  }

  #organisme(siretOuUai: string): ReponseReferentiel<OrganismeReferentiel> {
    if (!this.#aDes("organismes") && !this.#aDes("acce")) return this.#indisponible("organismes");
    const cle = siretOuUai.trim().toUpperCase();
    const siret = normaliserSiret(cle);
    const acceParUai = (uai: string) => this.#chercher("acce.uai", this.instantane.etablissementsUai, (x) => [x.uai], uai)[0];
    const acce = siret !== null ? this.#chercher("acce.siret", this.instantane.etablissementsUai, (x) => [x.siret], siret)[0] : acceParUai(cle);
    const organisme =
      siret !== null
        ? this.#chercher("organismes.siret", this.instantane.organismes, (o) => [o.siret], siret)[0]
        : (this.#chercher("organismes.uai", this.instantane.organismes, (o) => [o.uai], cle)[0] ?? this.#chercher("organismes.lieuxUai", this.instantane.organismes, (o) => o.lieuxUai, cle)[0]);
    if (organisme !== undefined) {
      const uai = organisme.uai;
      const etablissement = uai === null ? acce : (acceParUai(uai) ?? acce);
      return {
        statut: "trouve",
        source: this.#source("organismes"),
        valeur: {
          uai,
          siret: organisme.siret,
          nom: etablissement?.appellation ?? etablissement?.denomination ?? null,
          ouvert: organisme.etatAdministratif === null ? null : organisme.etatAdministratif === "actif",
          nature: organisme.nature,
          dateFermeture: etablissement?.dateFermeture ?? null,
          qualiopi: organisme.qualiopi,
          // l'export du Référentiel n'a pas de NDA : hors ligne, rien ne le prouve indépendamment de Qualiopi
          numeroActivite: null,
          lieuxUai: organisme.lieuxUai,
          lieux: organisme.lieux ?? [],
          adresse:
            organisme.codePostal === null && organisme.localite === null
              ? null
              : { uai: organisme.uai, siret: organisme.siret, codePostal: organisme.codePostal, codeInsee: organisme.codeInsee, commune: organisme.localite },
          relations: organisme.relations,
        },
      };
    }
    if (acce !== undefined) {
      return {
        statut: "trouve",
        source: this.#source("acce"),
        valeur: {
          uai: acce.uai,
          siret: acce.siret,
          nom: acce.appellation ?? acce.denomination,
          ouvert: acce.etat === null ? null : acce.etat === "1" || acce.etat === "2",
          nature: acce.natureLibelle,
          dateFermeture: acce.dateFermeture,
          qualiopi: null,
          lieuxUai: [],
          relations: [],
        },
      };
    }
    const extraits = this.#extraitsSeulement(["organismes", "acce"]);
    if (extraits !== null) return this.#indisponibleExtrait(cle, extraits);
    return { statut: "absent", raison: `${cle} absent du Référentiel des organismes et de l'ACCE de l'instantané`, source: this.#source(this.#aDes("organismes") ? "organismes" : "acce") };
  }

  /**
   * Capacités de l'instantané, sans requête : l'entreprise (API Entreprise) et l'OPCO d'un SIRET
   * (SIRO) n'existent qu'en ligne ; l'export du Référentiel des organismes n'a pas de NDA ; chaque
   * section est complète, un extrait (échantillon) ou absente.
   */
  capacites(): readonly CapaciteReferentiel[] {
    const section = (question: QuestionReferentiel, types: readonly TypeSource[], principal: TypeSource): CapaciteReferentiel => {
      const sources = this.instantane.sources.filter((s) => types.includes(s.type));
      if (sources.length === 0 || (question === "npec" && this.instantane.npec.valeurs.length === 0)) {
        return { question, disponibilite: "indisponible", source: NOMS[principal], raison: `source « ${NOMS[principal]} » absente de l'instantané` };
      }
      if (sources.every((s) => s.couverture === "extrait")) {
        const enregistrements = sources.reduce((n, s) => n + s.statistiques.enregistrements, 0);
        const remede = [...new Set(sources.map((s) => s.type))].map((t) => `opco referentiel importer ${t} ${FICHIER_COMPLET[t]}`).join(", puis ");
        return {
          question,
          disponibilite: "extrait",
          source: NOMS[principal],
          raison: `extrait de ${enregistrements.toLocaleString("fr-FR")} enregistrements (fichier complet : ${remede})`,
        };
      }
      return { question, disponibilite: "complete", source: NOMS[principal] };
    };
    return [
      section("certification", ["france-competences", "kit", "bcn"], "france-competences"),
      // table complète des conventions (@communs-opco/nomenclatures) en dernier recours
      { question: "convention", disponibilite: "complete", source: NOMS.kali },
      section("conventionsDeApe", ["dares-ape-idcc"], "dares-ape-idcc"),
      // table IDCC → OPCO complète embarquée dans @communs-opco/nomenclatures
      { question: "opcoDeIdcc", disponibilite: "complete", source: NOMS["idcc-opco"] },
      { question: "opcoDeSiret", disponibilite: "indisponible", source: "SIRO (France compétences)", raison: "service SIRO en ligne uniquement" },
      section("npec", ["npec"], "npec"),
      section("organisme", ["organismes", "acce"], "organismes"),
      {
        question: "organisme.numeroActivite",
        disponibilite: "indisponible",
        source: NOMS.organismes,
        raison: "l'export hors ligne du Référentiel des organismes ne donne pas le numéro de déclaration d'activité (NDA)",
      },
      { question: "entreprise", disponibilite: "indisponible", source: "API Entreprise", raison: "API Entreprise / Recherche d'entreprises en ligne uniquement" },
      section("habilitation", ["france-competences"], "france-competences"),
    ];
  }

  #entreprise(siret: string): ReponseReferentiel<EntrepriseReferentiel> {
    return { statut: "indisponible", raison: `entreprise ${siret} : API Entreprise / Recherche d'entreprises en ligne uniquement`, source: { nom: "API Entreprise", date: null } };
  }

  #habilitation(rncp: string, siret: string): ReponseReferentiel<HabilitationReferentiel> {
    const code = normaliserRncp(rncp);
    const s = normaliserSiret(siret);
    const source = this.#source("france-competences");
    if (code === null || s === null) return { statut: "absent", raison: `RNCP « ${rncp} » ou SIRET « ${siret} » invalide`, source };
    const fiche = this.#fiche(code);
    if (fiche?.typeEnregistrement !== null && fiche?.typeEnregistrement !== undefined && /de droit/i.test(fiche.typeEnregistrement)) {
      return { statut: "trouve", source, valeur: { rncp: code, siret: s, habilite: null, motif: "non applicable : enregistrement de droit", preuves: [`Export RNCP : ${code} « ${fiche.typeEnregistrement} »`] } };
    }
    if (fiche === undefined || fiche.typeEnregistrement === null) {
      const preuve = this.#preuveDeDroit(code);
      if (preuve.prouve) {
        return {
          statut: "trouve",
          source: this.#source("bcn"),
          valeur: { rncp: code, siret: s, habilite: null, motif: "non applicable : diplôme d'État enregistré de droit (Kit apprentissage ↔ BCN)", preuves: preuve.preuves },
        };
      }
      if (fiche === undefined) {
        if (!this.#aDes("france-competences")) return { statut: "indisponible", raison: `source « ${NOMS["france-competences"]} » absente de l'instantané ; ${preuve.raison}`, source };
        const extraits = this.#extraitsSeulement(["france-competences"]);
        if (extraits !== null) return this.#indisponibleExtrait(`fiche ${code}`, extraits, `enregistrement de droit non établi (${preuve.raison})`);
        return { statut: "absent", raison: `fiche ${code} absente de l'export RNCP de l'instantané, et enregistrement de droit non établi (${preuve.raison})`, source };
      }
    }
    if (fiche.certificateurs.some((c) => c.siret === s)) return { statut: "trouve", source, valeur: { rncp: code, siret: s, habilite: true, motif: "certificateur de la fiche" } };
    const partenaire = fiche.partenaires.find((p) => p.siret === s);
    if (partenaire !== undefined && /form/i.test(partenaire.habilitation ?? "")) {
      return { statut: "trouve", source, valeur: { rncp: code, siret: s, habilite: true, motif: `partenaire habilité (${partenaire.habilitation ?? ""})` } };
    }
    return {
      statut: "trouve",
      source,
      valeur: { rncp: code, siret: s, habilite: false, motif: partenaire !== undefined ? `partenaire sans habilitation à former (${partenaire.habilitation ?? "?"})` : "ni certificateur ni partenaire de la fiche" },
    };
  }


  /**
   * Le même référentiel **en mémoire**, sans promesse : chaque méthode rend directement la réponse
   * que la méthode asynchrone du même nom rendrait (mêmes objets, mêmes messages). Pour
   * `evaluerReglesEnMemoire` des vérifications avant paiement hors ligne.
   */
  override readonly enMemoire: ReferentielEnMemoireSynchrone = {
    nom: this.nom,
    certification: (rncpOuCfd) => this.#certification(rncpOuCfd),
    convention: (idcc) => this.#convention(idcc),
    conventionsDeApe: (ape) => this.#conventionsDeApe(ape),
    opcoDeIdcc: (idcc) => this.#opcoDeIdcc(idcc),
    opcoDeSiret: (siret) => this.#opcoDeSiret(siret),
    npec: (criteres) => this.#npec(criteres),
    organisme: (siretOuUai) => this.#organisme(siretOuUai),
    entreprise: (siret) => this.#entreprise(siret),
    habilitation: (rncp, siret) => this.#habilitation(rncp, siret),
  };










  /** Listes RNCP déclarées par les OPCO qui contiennent cette certification. */
  opcosDeCertification(rncp: string): CertificationOpco[] {
    const code = normaliserRncp(rncp);
    return code === null ? [] : this.#chercher("opcoRncp.rncp", this.instantane.opcoRncp, (c) => [c.rncp], code);
  }
}
