// Point d'entrée provisoire
export {};
