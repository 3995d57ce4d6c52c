/** Names that reproach or honour whom they are given to ("called him the weakest leader", "called her a hero"). */
export const REPROACH: ReadonlySet<string> = new Set(
  'weak weakest worst failure failed incompetent traitor traitors liar liars coward cowardly corrupt criminal criminals murderer murderers terrorist terrorists fascist fascists communal puppet puppets shameful disgrace dictator butcher enemy enemies irresponsible useless'.split(
    ' ',
  ),
);
export const HONOUR: ReadonlySet<string> = new Set('hero heroes great greatest best true champion statesman visionary saviour savior friend'.split(' '));
