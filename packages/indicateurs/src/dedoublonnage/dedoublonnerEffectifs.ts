import type { ContratEffectif, EffectifIndicateurs } from "../indicateurs/EffectifIndicateurs";
import { normaliserRncp } from "../indicateurs/normaliserRncp";
import { clePersonne } from "./clePersonne";

/**
 * Une fusion du dédoublonnage : les effectifs d'entrée (indices et identifiants) réunis en un seul,
 * l'effectif de référence retenu et le motif.
 *
 * @example
 * ```ts
 * const f: FusionEffectifs = { cle: "D***|L***|2006-**-**|RNCP37714", indices: [0, 4], ids: ["erp-1", "fic-9"], reference: 4, motif: "…" };
 * ```
 */
export interface FusionEffectifs {
  cle: string;
  indices: number[];
  ids: (string | undefined)[];
  /** Indice de l'effectif le plus récent, dont les valeurs l'emportent. */
  reference: number;
  motif: string;
}

/**
 * Rapport du dédoublonnage : chaque effectif d'entrée est conservé seul, fusionné ou écarté (DECA),
 * et les comptes s'additionnent : `entree = sortie - fusions + fusionnes + decaEcartes`.
 *
 * @example
 * ```ts
 * rapport.bilan; // { entree: 10, sortie: 7, fusionnes: 3, fusions: 1, decaEcartes: 1, sansCle: 0 }
 * ```
 */
export interface RapportDedoublonnage {
  fusions: FusionEffectifs[];
  decaEcartes: { index: number; id?: string | undefined; motif: string }[];
  /** Effectifs sans nom, prénom ou date de naissance exploitables : conservés tels quels. */
  sansCle: number[];
  bilan: { entree: number; sortie: number; fusionnes: number; fusions: number; decaEcartes: number; sansCle: number };
}

function cleOrganisme(o: EffectifIndicateurs["organisme"]): string | undefined {
  const siret = o?.siret?.replace(/[\s.\-]/g, "");
  if (siret) return `siret:${siret}`;
  return o?.uai ? `uai:${o.uai.trim().toUpperCase()}` : undefined;
}

/** Masque une clé personne : initiales du nom et du prénom, année de naissance seule, formation. */
function masquerCle(cle: string): string {
  const [nom = "", prenom = "", naissance = "", formation = ""] = cle.split("|");
  return `${nom.slice(0, 1)}***|${prenom.slice(0, 1)}***|${naissance.slice(0, 4)}-**-**|${formation}`;
}

function estVide(v: unknown): boolean {
  return v === undefined || v === null || v === "";
}

/** Fusion champ par champ : les valeurs non vides de `recent` l'emportent sur celles de `ancien`. */
function fusionnerObjets<T extends object>(ancien: T | undefined, recent: T | undefined): T | undefined {
  if (ancien === undefined) return recent;
  if (recent === undefined) return ancien;
  const resultat: Record<string, unknown> = { ...(ancien as Record<string, unknown>) };
  for (const [cle, valeur] of Object.entries(recent)) if (!estVide(valeur)) resultat[cle] = valeur;
  return resultat as T;
}

/**
 * Dédoublonne des effectifs de plusieurs sources (`indicateurs.md` §8.2 et §8.3) :
 * 1. **Règle ERP / DECA** : un effectif DECA n'est retenu que si son organisme n'est pas une « cible de
 *    transmission », c'est-à-dire si ni lui ni aucun organisme de sa hiérarchie (formateur ↔ responsable,
 *    via `organisme.siretResponsable`) n'a d'effectif ERP ou FICHIER ; sinon il est écarté, avec le motif.
 * 2. **Clé personne v2** : nom, prénom (normalisés sans accents ni casse) et date de naissance, plus la
 *    formation (RNCP, sinon CFD). Les effectifs de même clé sont fusionnés : une source ERP/FICHIER prime
 *    sur DECA ; entre effectifs de même rang, la transmission la plus récente (`transmisLe`) l'emporte champ
 *    par champ (valeurs non vides seulement) ; les contrats sont réunis par date de début (la version la
 *    plus récente d'un même début l'emporte, aucun contrat n'est perdu).
 * Les clés du rapport sont masquées par défaut (initiales, année de naissance) :
 * `masquerDonneesPersonnelles: false` les donne en clair.
 * `origines[k]` est l'indice d'entrée de l'effectif de sortie `k` (l'effectif de référence d'une fusion).
 * Les effectifs sans nom, prénom ou date de naissance ne peuvent pas être rapprochés : ils sont conservés
 * tels quels et listés. Rien n'est perdu : le bilan fait la somme.
 *
 * @example
 * ```ts
 * const { effectifs, rapport } = dedoublonnerEffectifs([erp, fichier, deca]);
 * rapport.fusions[0]?.motif; // "même personne (nom, prénom, date de naissance) et même formation : …"
 * ```
 */
export function dedoublonnerEffectifs(
  entree: readonly EffectifIndicateurs[],
  options: { masquerDonneesPersonnelles?: boolean | undefined } = {},
): { effectifs: EffectifIndicateurs[]; origines: number[]; rapport: RapportDedoublonnage } {
  // 1. Hiérarchies d'organismes (union-find) et cibles de transmission.
  const parent = new Map<string, string>();
  const racine = (x: string): string => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const unir = (a: string, b: string): void => {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = racine(a);
    const rb = racine(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const e of entree) {
    const org = cleOrganisme(e.organisme);
    if (org === undefined) continue;
    if (!parent.has(org)) parent.set(org, org);
    const resp = e.organisme?.siretResponsable?.replace(/[\s.\-]/g, "");
    if (resp) unir(org, `siret:${resp}`);
  }
  const cibles = new Set<string>();
  for (const e of entree) {
    const org = cleOrganisme(e.organisme);
    if (org !== undefined && e.source !== "DECA") cibles.add(racine(org));
  }

  const rapport: RapportDedoublonnage = {
    fusions: [],
    decaEcartes: [],
    sansCle: [],
    bilan: { entree: entree.length, sortie: 0, fusionnes: 0, fusions: 0, decaEcartes: 0, sansCle: 0 },
  };
  const groupes = new Map<string, number[]>();
  const ordre: (string | number)[] = [];
  entree.forEach((e, i) => {
    if (e.source === "DECA") {
      const org = cleOrganisme(e.organisme);
      if (org !== undefined && cibles.has(racine(org))) {
        rapport.decaEcartes.push({
          index: i,
          id: e.id,
          motif: "effectif DECA écarté : l'organisme ou un organisme de sa hiérarchie transmet ses effectifs (ERP ou fichier)",
        });
        return;
      }
    }
    const formation = e.formation?.rncp ? (normaliserRncp(e.formation.rncp) ?? e.formation.rncp) : e.formation?.cfd;
    const cle = clePersonne(e.apprenant, formation);
    if (cle === undefined) {
      rapport.sansCle.push(i);
      ordre.push(i);
      return;
    }
    const g = groupes.get(cle);
    if (g === undefined) {
      groupes.set(cle, [i]);
      ordre.push(cle);
    } else {
      g.push(i);
    }
  });

  const rang = (e: EffectifIndicateurs): number => (e.source === "DECA" ? 0 : 1);
  const sortie: EffectifIndicateurs[] = [];
  const origines: number[] = [];
  for (const element of ordre) {
    if (typeof element === "number") {
      sortie.push(entree[element]!);
      origines.push(element);
      continue;
    }
    const indices = groupes.get(element)!;
    if (indices.length === 1) {
      sortie.push(entree[indices[0]!]!);
      origines.push(indices[0]!);
      continue;
    }
    // Du moins prioritaire au plus prioritaire : DECA avant ERP/FICHIER, puis par date de transmission.
    const tries = [...indices].sort((a, b) => {
      const ea = entree[a]!;
      const eb = entree[b]!;
      return rang(ea) - rang(eb) || (ea.transmisLe ?? "").localeCompare(eb.transmisLe ?? "") || a - b;
    });
    let fusion: EffectifIndicateurs | undefined;
    const contrats = new Map<string, ContratEffectif>();
    for (const i of tries) {
      const e = entree[i]!;
      fusion =
        fusion === undefined
          ? { ...e }
          : {
              ...fusionnerObjets(fusion, e)!,
              apprenant: fusionnerObjets(fusion.apprenant, e.apprenant),
              formation: fusionnerObjets(fusion.formation, e.formation)!,
              organisme: fusionnerObjets(fusion.organisme, e.organisme),
            };
      for (const c of e.contrats ?? []) contrats.set(c.debut, fusionnerObjets(contrats.get(c.debut), c)!);
    }
    const reference = tries[tries.length - 1]!;
    fusion = { ...fusion!, id: entree[reference]!.id, contrats: [...contrats.values()].sort((a, b) => a.debut.localeCompare(b.debut)) };
    sortie.push(fusion);
    origines.push(reference);
    const sources = [...new Set(tries.map((i) => entree[i]!.source ?? "inconnue"))].join(", ");
    rapport.fusions.push({
      cle: options.masquerDonneesPersonnelles === false ? element : masquerCle(element),
      indices: tries,
      ids: tries.map((i) => entree[i]!.id),
      reference,
      motif: `même personne (nom, prénom, date de naissance) et même formation : ${indices.length} effectifs (sources : ${sources}) réunis ; la transmission la plus récente l'emporte champ par champ, les contrats sont réunis par date de début`,
    });
  }
  rapport.bilan = {
    entree: entree.length,
    sortie: sortie.length,
    fusionnes: rapport.fusions.reduce((s, f) => s + f.indices.length, 0),
    fusions: rapport.fusions.length,
    decaEcartes: rapport.decaEcartes.length,
    sansCle: rapport.sansCle.length,
  };
  return { effectifs: sortie, origines, rapport };
}
