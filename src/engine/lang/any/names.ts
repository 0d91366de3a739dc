/** Parts of names that hold in every language, lower case. */
export const NAME_PARTS = {
  /** Lower-case particles inside personal names ("Odile de la Marnière", "Ursula von der Leyen", "bin", "al"): names travel across languages. */
  particles: 'de da do dos das del della di du la le van von der den ter bin al el y',
  /** Prefixes of surnames that are only ever written joined to the rest ("McAvoy", "MacKay", "FitzGerald"); particles may be joined too ("DeLuca"). */
  joinedPrefixes: 'mc mac fitz',
  /** Suffixes that end a personal name. */
  suffixes: 'jr sr ii iii iv',
  /** All-capital words that are not organisations' acronyms. */
  nonOrgAcronyms: `
    us usa uk un ok tv am pm ad bc ce gdp covid id ii iii iv vi vii viii ix xi xii dc nyc la ceo cfo
    fbi cia nfl nba mlb nhl afp ap upi dpa efe reuters bbc cnn abc nbc cbs pbs npr gmt utc est pst
    faq pdf url html ai
    pv gw mw kw kwh mwh gwh twh co2 ghg lng lpg ev evs gmo lgbt lgbtq hiv aids gps sms usb
  `,
  /** Media outlets and agencies credited in captions and bylines, never stakeholders. */
  media: `
    reuters afp ap dpa efe ansa getty images bbc cnn nbc cbs abc fox npr pbs post times guardian telegraph
    associated press journal tribune herald gazette magazine newspaper
  `,
};
