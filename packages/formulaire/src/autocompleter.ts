import { verifierCfd, verifierCodePostal, verifierIdcc, verifierRncp, verifierSiret, verifierUai, type ResultatIdentifiant } from "@communs-opco/identifiants";
import { departement as departementNomenclature } from "@communs-opco/nomenclatures";
import type { Brouillon } from "./Brouillon";
import { communesEmbarquees } from "./communesEmbarquees";
import type { Consultation } from "./Consultation";
import { fusionnerChamps, type Proposition } from "./fusionnerChamps";
import type { PolitiqueEcrasement } from "./PolitiqueEcrasement";
import type { PortReferentielFormulaire, ReponsePort } from "./PortReferentielFormulaire";
import type { ResultatFusion, ValeurConservee } from "./ResultatFusion";
import { saisir } from "./saisir";

/**
 * Identifiants saisis à partir desquels le brouillon est complété.
 *
 * @example
 * ```ts
 * const i: IdentifiantsAutocompletion = { siret: "80123456700015", certification: "RNCP37537", cfa: "0693446W", codePostal: "69002" };
 * ```
 */
export interface IdentifiantsAutocompletion {
  /** SIRET de l'employeur. */
  siret?: string;
  /** Code RNCP ou code diplôme (CFD) de la formation. */
  certification?: string;
  /** SIRET ou UAI du CFA responsable. */
  cfa?: string;
  /** Code postal de l'adresse (par défaut celle de l'employeur). */
  codePostal?: string;
}

/**
 * Options de l'autocomplétion.
 *
 * @example
 * ```ts
 * const o: OptionsAutocompletion = { referentiel, date: "2026-11-26", ecraser: "vides" };
 * ```
 */
export interface OptionsAutocompletion {
  referentiel: PortReferentielFormulaire;
  /** Date de la saisie des identifiants (provenance `saisie`). */
  date: string;
  /** Politique pour les valeurs venues des référentiels ; par défaut `vides`. */
  ecraser?: PolitiqueEcrasement;
  /** Adresse que complète le code postal ; par défaut `employeur.adresse`. */
  adresse?: string;
}

/**
 * Résultat de l'autocomplétion : la fusion (brouillon, chemins remplis, valeurs conservées)
 * et la trace de chaque consultation de référentiel.
 *
 * @example
 * ```ts
 * const r: ResultatAutocompletion = await autocompleter(brouillonVide, { siret: "80123456700015" }, { referentiel, date: "2026-11-26" });
 * r.consultations.map((c) => `${c.demande} ${c.statut}`);
 * ```
 */
export interface ResultatAutocompletion extends ResultatFusion {
  consultations: Consultation[];
}

class Accumulateur {
  brouillon: Brouillon;
  appliques: string[] = [];
  conserves: ValeurConservee[] = [];
  refuses: { chemin: string; raison: string }[] = [];
  consultations: Consultation[] = [];

  constructor(brouillon: Brouillon) {
    this.brouillon = brouillon;
  }

  ajouter(r: ResultatFusion): string[] {
    this.brouillon = r.brouillon;
    this.appliques.push(...r.appliques);
    this.conserves.push(...r.conserves);
    this.refuses.push(...r.refuses);
    return r.appliques;
  }
}

function premierMessage(r: ResultatIdentifiant): string {
  return r.valide ? "" : (r.erreurs[0]?.message ?? "identifiant invalide");
}

function consultationSansReponse(demande: Consultation["demande"], identifiant: string, r: ReponsePort<unknown>): Consultation {
  return {
    demande,
    identifiant,
    statut: r.statut === "trouve" ? "trouve" : r.statut,
    source: r.source.nom,
    dateSource: r.source.date,
    ...(r.statut === "trouve" ? {} : { raison: r.raison }),
    chemins: [],
    remarques: [],
  };
}

function unique(valeurs: readonly string[]): string | undefined {
  const distinctes = [...new Set(valeurs)];
  return distinctes.length === 1 ? distinctes[0] : undefined;
}

/**
 * Complète un brouillon de contrat à partir d'identifiants saisis : l'employeur par son SIRET
 * (NAF, IDCC et libellé de la convention collective), la formation par son code RNCP ou CFD
 * (code RNCP, code diplôme, intitulé), le CFA responsable par son SIRET ou son UAI (SIRET, UAI,
 * dénomination) et la commune par le code postal (avec le département et, pour l'employeur, la
 * région, qui choisissent le SMIC de Mayotte). Les identifiants sont enregistrés comme
 * saisies ; les valeurs trouvées portent la provenance `referentiel:<source>` et la date des
 * données, et ne remplacent jamais une saisie (sauf `ecraser: "tout"`). Un identifiant mal
 * formé n'est pas envoyé au référentiel (`invalide`) ; une source absente ou indisponible est
 * rapportée, jamais levée.
 *
 * @example
 * ```ts
 * const referentiel = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
 * const r = await autocompleter(brouillonVide, { certification: "RNCP37537", cfa: "0010001W" }, { referentiel, date: "2026-11-26" });
 * r.brouillon.champs["formation.codeDiplome"]; // { valeur: "50022137", provenance: "referentiel:Kit apprentissage", date: "2025-01-31" }
 * ```
 */
export async function autocompleter(brouillon: Brouillon, identifiants: IdentifiantsAutocompletion, options: OptionsAutocompletion): Promise<ResultatAutocompletion> {
  const acc = new Accumulateur(brouillon);
  const ecraser = options.ecraser ?? "vides";
  const { referentiel } = options;
  const reprendre = (propositions: Proposition[], r: ReponsePort<unknown>): string[] =>
    acc.ajouter(fusionnerChamps(acc.brouillon, propositions, { provenance: `referentiel:${r.source.nom}`, date: r.source.date, ecraser }));
  const saisie = (valeurs: Record<string, unknown>) => acc.ajouter(saisir(acc.brouillon, valeurs, options.date));

  if (identifiants.siret !== undefined) {
    const v = verifierSiret(identifiants.siret);
    if (!v.valide) {
      saisie({ "employeur.siret": identifiants.siret.trim() });
      acc.consultations.push({ demande: "entreprise", identifiant: identifiants.siret, statut: "invalide", source: null, dateSource: null, raison: premierMessage(v), chemins: [], remarques: [] });
    } else {
      saisie({ "employeur.siret": v.normalise });
      const r = await referentiel.entreprise(v.normalise);
      const c = consultationSansReponse("entreprise", v.normalise, r);
      if (r.statut === "trouve") {
        const idcc = r.valeur.idcc.map((i) => verifierIdcc(i)).flatMap((x) => (x.valide ? [x.normalise] : []));
        const seul = unique(idcc);
        if (idcc.length > 1 && seul === undefined) {
          c.remarques.push("plusieurs conventions collectives déclarées : IDCC à choisir");
          c.choix = [...new Set(idcc)];
        }
        if (r.valeur.etat === "ferme") c.remarques.push("établissement fermé selon la source");
        c.chemins = reprendre([{ chemin: "employeur.naf", valeur: r.valeur.naf }, ...(seul === undefined ? [] : [{ chemin: "employeur.codeIdcc", valeur: seul }])], r);
      }
      acc.consultations.push(c);
    }
  }

  const idcc = acc.brouillon.champs["employeur.codeIdcc"]?.valeur;
  if (typeof idcc === "string" && referentiel.convention !== undefined && acc.brouillon.champs["employeur.libelleIdcc"] === undefined) {
    const v = verifierIdcc(idcc);
    if (v.valide) {
      const r = await referentiel.convention(v.normalise);
      const c = consultationSansReponse("convention", v.normalise, r);
      if (r.statut === "trouve") {
        if (!r.valeur.enVigueur) c.remarques.push("convention collective qui n'est plus en vigueur");
        c.chemins = reprendre([{ chemin: "employeur.libelleIdcc", valeur: r.valeur.titre }], r);
      }
      acc.consultations.push(c);
    }
  }

  if (identifiants.certification !== undefined) {
    const brut = identifiants.certification.trim();
    const rncp = /^rncp/i.test(brut) ? verifierRncp(brut) : undefined;
    const cfd = rncp === undefined ? verifierCfd(brut) : undefined;
    const v = rncp ?? (cfd?.valide === true ? cfd : verifierRncp(brut));
    const chemin = rncp !== undefined || cfd?.valide !== true ? "formation.rncp" : "formation.codeDiplome";
    saisie({ [chemin]: v.valide ? v.normalise : brut });
    if (!v.valide) {
      acc.consultations.push({ demande: "certification", identifiant: brut, statut: "invalide", source: null, dateSource: null, raison: premierMessage(v), chemins: [], remarques: [] });
    } else {
      const r = await referentiel.certification(v.normalise);
      const c = consultationSansReponse("certification", v.normalise, r);
      if (r.statut === "trouve") {
        const f = r.valeur;
        const autreRncp = unique([...(f.rncp === null ? [] : [f.rncp]), ...f.correspondances.rncp]);
        const autreCfd = unique([...(f.cfd === null ? [] : [f.cfd]), ...f.correspondances.cfd]);
        if (f.actif === false) c.remarques.push("certification inactive (fiche ou diplôme fermé)");
        if (f.accesApprentissage === false) c.remarques.push("certification non ouverte à l'apprentissage");
        if (autreCfd === undefined && f.correspondances.cfd.length > 1) c.choix = [...new Set(f.correspondances.cfd)];
        c.chemins = reprendre(
          [
            { chemin: "formation.rncp", valeur: autreRncp },
            { chemin: "formation.codeDiplome", valeur: autreCfd },
            { chemin: "formation.intituleQualification", valeur: f.intitule },
          ],
          r,
        );
      }
      acc.consultations.push(c);
    }
  }

  if (identifiants.cfa !== undefined) {
    const brut = identifiants.cfa.trim();
    const uai = verifierUai(brut);
    const v = uai.valide ? uai : verifierSiret(brut);
    saisie({ [uai.valide ? "organismeFormation.uaiCfa" : "organismeFormation.siret"]: v.valide ? v.normalise : brut });
    if (!v.valide) {
      acc.consultations.push({ demande: "organisme", identifiant: brut, statut: "invalide", source: null, dateSource: null, raison: premierMessage(v), chemins: [], remarques: [] });
    } else {
      const r = await referentiel.organisme(v.normalise);
      const c = consultationSansReponse("organisme", v.normalise, r);
      if (r.statut === "trouve") {
        if (r.valeur.ouvert === false) c.remarques.push("organisme fermé selon la source");
        c.chemins = reprendre(
          [
            { chemin: "organismeFormation.siret", valeur: r.valeur.siret },
            { chemin: "organismeFormation.uaiCfa", valeur: r.valeur.uai },
            { chemin: "organismeFormation.denomination", valeur: r.valeur.nom },
          ],
          r,
        );
      }
      acc.consultations.push(c);
    }
  }

  if (identifiants.codePostal !== undefined) {
    const adresse = options.adresse ?? "employeur.adresse";
    const v = verifierCodePostal(identifiants.codePostal);
    saisie({ [`${adresse}.codePostal`]: v.valide ? v.normalise : identifiants.codePostal.trim() });
    if (!v.valide) {
      acc.consultations.push({ demande: "communes", identifiant: identifiants.codePostal, statut: "invalide", source: null, dateSource: null, raison: premierMessage(v), chemins: [], remarques: [] });
    } else {
      const r = referentiel.communes === undefined ? await communesEmbarquees(v.normalise) : await referentiel.communes(v.normalise);
      const c = consultationSansReponse("communes", v.normalise, r);
      if (r.statut === "trouve") {
        const communes = r.valeur.communes.filter((n) => !/ Arrondissement$/.test(n));
        const commune = unique(communes.length > 0 ? communes : r.valeur.communes);
        const departement = unique(r.valeur.departements);
        if (commune === undefined) {
          c.remarques.push("plusieurs communes pour ce code postal : commune à choisir");
          c.choix = [...r.valeur.communes];
        }
        // Région : adresse de l'employeur seulement (choisit le SMIC de Mayotte avec le département).
        const region = adresse === "employeur.adresse" && departement !== undefined ? departementNomenclature(departement)?.region?.code : undefined;
        c.chemins = reprendre(
          [
            { chemin: `${adresse}.commune`, valeur: commune },
            { chemin: `${adresse}.departement`, valeur: departement },
          ],
          r,
        );
        if (region !== undefined) {
          c.chemins.push(
            ...acc.ajouter(
              fusionnerChamps(acc.brouillon, [{ chemin: `${adresse}.region`, valeur: region }], { provenance: "referentiel:Départements et régions (@communs-opco/nomenclatures)", date: null, ecraser }),
            ),
          );
        }
      }
      acc.consultations.push(c);
    }
  }

  return { brouillon: acc.brouillon, appliques: acc.appliques, conserves: acc.conserves, refuses: acc.refuses, consultations: acc.consultations };
}
