import type { ProfilRecurrent } from "@communs-opco/formulaire";

const BASE = "communs-opco-formulaire";
const MAGASIN = "profils";

function requete<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resoudre, rejeter) => {
    r.onsuccess = () => resoudre(r.result);
    r.onerror = () => rejeter(new Error("Stockage des profils indisponible dans ce navigateur."));
  });
}

/**
 * Profils récurrents (employeur, maître, CFA) enregistrés dans l'IndexedDB du navigateur, clé
 * `type:nom`. Sans IndexedDB (navigation privée de certains navigateurs), les profils vivent le
 * temps de la page.
 *
 * @example
 * ```ts
 * const depot = new DepotProfils();
 * await depot.enregistrer({ nom: "Boulangerie du parc", type: "employeur", miseAJour: "2026-11-26", champs: { siret: "80123456700015" } });
 * (await depot.lister()).length; // 1
 * ```
 */
export class DepotProfils {
  private base: Promise<IDBDatabase | undefined> | undefined;
  private readonly memoire = new Map<string, ProfilRecurrent>();

  private ouvrir(): Promise<IDBDatabase | undefined> {
    this.base ??= new Promise((resoudre) => {
      if (typeof indexedDB === "undefined") return resoudre(undefined);
      const ouverture = indexedDB.open(BASE, 1);
      ouverture.onupgradeneeded = () => ouverture.result.createObjectStore(MAGASIN);
      ouverture.onsuccess = () => resoudre(ouverture.result);
      ouverture.onerror = () => resoudre(undefined);
    });
    return this.base;
  }

  /** Tous les profils, triés par type puis par nom. */
  async lister(): Promise<ProfilRecurrent[]> {
    const base = await this.ouvrir();
    const profils = base === undefined ? [...this.memoire.values()] : await requete(base.transaction(MAGASIN).objectStore(MAGASIN).getAll() as IDBRequest<ProfilRecurrent[]>);
    return profils.sort((a, b) => a.type.localeCompare(b.type) || a.nom.localeCompare(b.nom, "fr"));
  }

  /** Enregistre (ou remplace) un profil. */
  async enregistrer(profil: ProfilRecurrent): Promise<void> {
    const base = await this.ouvrir();
    const cle = `${profil.type}:${profil.nom}`;
    if (base === undefined) {
      this.memoire.set(cle, profil);
      return;
    }
    const transaction = base.transaction(MAGASIN, "readwrite");
    transaction.objectStore(MAGASIN).put(profil, cle);
    await new Promise<void>((resoudre, rejeter) => {
      transaction.oncomplete = () => resoudre();
      transaction.onerror = () => rejeter(new Error("Enregistrement du profil impossible dans ce navigateur."));
    });
  }
}
