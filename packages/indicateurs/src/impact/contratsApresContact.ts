import { ajouterMois, dateDepuisJour as dateISO, jourDepuisDate } from "@communs-opco/dates";
import { clePersonne } from "../dedoublonnage/clePersonne";

/**
 * Une édition de la liste des entreprises de l'algorithme prédictif (« recruteurs LBA ») : sa date T et
 * les établissements listés avec leur OPCO à T.
 *
 * @example
 * ```ts
 * const e: EditionAlgo = { date: "2025-09-01", entreprises: [{ siret: "42476141900045", opco: "akto" }] };
 * ```
 */
export interface EditionAlgo {
  date: string;
  entreprises: readonly { siret: string; opco: string }[];
}

/**
 * Une entrée du journal de contacts tenu par l'OPCO.
 *
 * @example
 * ```ts
 * const c: ContactOpco = { opco: "akto", siret: "42476141900045", date: "2025-09-10", canal: "téléphone" };
 * ```
 */
export interface ContactOpco {
  opco: string;
  siret: string;
  date: string;
  canal?: string | undefined;
  resultat?: string | undefined;
}

/**
 * Un contrat DECA (champs utiles à l'indicateur).
 *
 * @example
 * ```ts
 * const c: ContratDeca = { noContrat: "075202509000123", siret: "42476141900045", dateConclusion: "2025-10-01", dispositif: "APPR", typeContrat: "11" };
 * ```
 */
export interface ContratDeca {
  noContrat: string;
  siret: string;
  dateConclusion: string;
  dispositif: string;
  typeContrat: string | number;
  statut?: string | undefined;
  apprenant?: { nom?: string | undefined; prenom?: string | undefined; dateNaissance?: string | undefined } | undefined;
}

/**
 * Résultat pour un OPCO et une édition.
 *
 * @example
 * ```ts
 * r; // { opco: "akto", edition: "2025-09-01", entreprisesAlgo: 120, entreprisesContactees: 30, apprentis: 9, ... }
 * ```
 */
export interface ResultatContactAlgo {
  opco: string;
  edition: string;
  /** Fin de la fenêtre (T + horizon). */
  finFenetre: string;
  entreprisesAlgo: number;
  entreprisesContactees: number;
  /** Apprentis distincts recrutés par les entreprises contactées entre le premier contact et la fin de la fenêtre. */
  apprentis: number;
  entreprisesContacteesAvecContrat: number;
  tauxConversion: number | null;
  entreprisesTemoin: number;
  entreprisesTemoinAvecContrat: number;
  tauxTemoin: number | null;
  /** tauxConversion − tauxTemoin (association, pas causalité). */
  ecartNet: number | null;
}

const TYPES_COMPTES = new Set(["11", "21", "22", "23"]);
const STATUTS_EXCLUS = new Set(["annulé", "annule", "supprimé", "supprime"]);

/**
 * Indicateur d'impact I-OPCO-ALGO (`indicateurs.md` §7.1, proposition) : pour chaque OPCO X et édition T,
 * les entreprises de l'algorithme attribuées à X, celles que X a contactées entre T et T + horizon
 * (6 mois par défaut), et les apprentis distincts (clé personne nom + prénom + naissance, sinon
 * n° DECA) d'un contrat compté (`APPR`, type 11, 21, 22 ou 23, ni annulé ni supprimé) conclu par une
 * entreprise contactée entre son premier contact c ≥ T et T + horizon. Groupe témoin : entreprises de X
 * non contactées, contrats conclus entre T et T + horizon. Rapprochement par SIRET, ou par SIREN
 * (`cle: "siren"`, un autre établissement de l'entreprise peut signer).
 *
 * @example
 * ```ts
 * contratsApresContact(editions, contacts, contrats, { cle: "siret" });
 * ```
 */
export function contratsApresContact(
  editions: readonly EditionAlgo[],
  contacts: readonly ContactOpco[],
  contrats: readonly ContratDeca[],
  options: { cle?: "siret" | "siren" | undefined; horizonMois?: number | undefined } = {},
): ResultatContactAlgo[] {
  const cle = (siret: string): string => {
    const s = siret.replace(/[\s.\-]/g, "");
    return options.cle === "siren" ? s.slice(0, 9) : s;
  };
  const horizon = options.horizonMois ?? 6;
  const comptes = contrats.filter(
    (c) => c.dispositif === "APPR" && TYPES_COMPTES.has(String(c.typeContrat)) && !STATUTS_EXCLUS.has((c.statut ?? "").trim().toLowerCase()) && !Number.isNaN(jourDepuisDate(c.dateConclusion)),
  );
  const contratsParEntreprise = new Map<string, ContratDeca[]>();
  for (const c of comptes) {
    const k = cle(c.siret);
    const liste = contratsParEntreprise.get(k);
    if (liste === undefined) contratsParEntreprise.set(k, [c]);
    else liste.push(c);
  }
  const resultats: ResultatContactAlgo[] = [];
  for (const edition of editions) {
    const t = jourDepuisDate(edition.date);
    const finFenetre = ajouterMois(t, horizon);
    const parOpco = new Map<string, Set<string>>();
    for (const e of edition.entreprises) {
      const ensemble = parOpco.get(e.opco) ?? new Set<string>();
      ensemble.add(cle(e.siret));
      parOpco.set(e.opco, ensemble);
    }
    for (const [opco, entreprises] of parOpco) {
      const premierContact = new Map<string, number>();
      for (const c of contacts) {
        if (c.opco !== opco) continue;
        const j = jourDepuisDate(c.date);
        const k = cle(c.siret);
        if (Number.isNaN(j) || j < t || j > finFenetre || !entreprises.has(k)) continue;
        const deja = premierContact.get(k);
        if (deja === undefined || j < deja) premierContact.set(k, j);
      }
      const apprentis = new Set<string>();
      let contacteesAvecContrat = 0;
      let temoinAvecContrat = 0;
      for (const k of entreprises) {
        const debut = premierContact.get(k);
        const depuis = debut ?? t;
        let aContrat = false;
        for (const c of contratsParEntreprise.get(k) ?? []) {
          const j = jourDepuisDate(c.dateConclusion);
          if (j < depuis || j > finFenetre) continue;
          aContrat = true;
          if (debut !== undefined) apprentis.add(clePersonne(c.apprenant, undefined) ?? `deca:${c.noContrat}`);
        }
        if (aContrat && debut !== undefined) contacteesAvecContrat++;
        if (aContrat && debut === undefined) temoinAvecContrat++;
      }
      const contactees = premierContact.size;
      const temoin = entreprises.size - contactees;
      const tauxConversion = contactees === 0 ? null : contacteesAvecContrat / contactees;
      const tauxTemoin = temoin === 0 ? null : temoinAvecContrat / temoin;
      resultats.push({
        opco,
        edition: edition.date,
        finFenetre: dateISO(finFenetre),
        entreprisesAlgo: entreprises.size,
        entreprisesContactees: contactees,
        apprentis: apprentis.size,
        entreprisesContacteesAvecContrat: contacteesAvecContrat,
        tauxConversion,
        entreprisesTemoin: temoin,
        entreprisesTemoinAvecContrat: temoinAvecContrat,
        tauxTemoin,
        ecartNet: tauxConversion === null || tauxTemoin === null ? null : tauxConversion - tauxTemoin,
      });
    }
  }
  return resultats.sort((a, b) => a.edition.localeCompare(b.edition) || a.opco.localeCompare(b.opco));
}

