/**
 * A small gazetteer of widely known wars, events and holidays, so that "the 70th anniversary of
 * the Korean War" or "Victory Day" can be dated. Kept general on purpose: every entry is a
 * textbook fact with the page it was checked against.
 */
export interface GazetteerEntry {
	id: string;
	name: string;
	/** Phrases that name the entry, matched case-insensitively on word boundaries. */
	aliases: string[];
	kind: 'war' | 'event' | 'holiday';
	/** ISO start date (wars, events). */
	start?: string;
	/** ISO end date; absent for a war still going on. */
	end?: string;
	/** Title for the entry's end date (a war's armistice). */
	endName?: string;
	/** Title for the entry's start date (a war's outbreak). */
	startName?: string;
	/** Holidays: fixed month and day, `MM-DD`. */
	monthDay?: string;
	/** Holidays on the nth weekday of a month (n = -1: the last). weekday: 0 = Sunday. */
	nthWeekday?: { month: number; weekday: number; n: number };
	/** Id of the entry a holiday commemorates. */
	commemorates?: string;
	/** Places whose mention near the name picks this entry over a namesake. */
	places?: string[];
	source: string;
}

const W = 'https://en.wikipedia.org/wiki/';

export const GAZETTEER: GazetteerEntry[] = [
	{ id: 'korean-war', name: 'Korean War', aliases: ['Korean War', 'Fatherland Liberation War', 'Homeland Liberation War'], kind: 'war', start: '1950-06-25', end: '1953-07-27', startName: 'Outbreak of the Korean War', endName: 'Korean War armistice signed', source: W + 'Korean_War' },
	{ id: 'world-war-i', name: 'World War I', aliases: ['World War I', 'First World War', 'World War One', 'Great War'], kind: 'war', start: '1914-07-28', end: '1918-11-11', endName: 'Armistice of 11 November 1918', source: W + 'World_War_I' },
	{ id: 'world-war-ii', name: 'World War II', aliases: ['World War II', 'Second World War', 'World War Two', 'Great Patriotic War'], kind: 'war', start: '1939-09-01', end: '1945-09-02', endName: 'Surrender of Japan signed', source: W + 'World_War_II' },
	{ id: 'vietnam-war', name: 'Vietnam War', aliases: ['Vietnam War'], kind: 'war', start: '1955-11-01', end: '1975-04-30', endName: 'Fall of Saigon', source: W + 'Vietnam_War' },
	{ id: 'gulf-war', name: 'Gulf War', aliases: ['Gulf War', 'Persian Gulf War', 'Operation Desert Storm'], kind: 'war', start: '1990-08-02', end: '1991-02-28', source: W + 'Gulf_War' },
	{ id: 'iraq-war', name: 'Iraq War', aliases: ['Iraq War', 'war in Iraq', 'invasion of Iraq'], kind: 'war', start: '2003-03-20', end: '2011-12-18', source: W + 'Iraq_War' },
	{ id: 'afghanistan-war', name: 'War in Afghanistan', aliases: ['War in Afghanistan', 'Afghan war'], kind: 'war', start: '2001-10-07', end: '2021-08-30', source: W + 'War_in_Afghanistan_(2001%E2%80%932021)' },
	{ id: 'russian-invasion-of-ukraine', name: 'War in Ukraine', aliases: ['Russian invasion of Ukraine', 'invasion of Ukraine', 'war in Ukraine', 'war against Ukraine', 'war on Ukraine', 'conflict against Ukraine', 'conflict in Ukraine', 'Russia-Ukraine war'], kind: 'war', start: '2022-02-24', startName: 'Russia invades Ukraine', source: W + 'Russian_invasion_of_Ukraine' },
	{ id: 'falklands-war', name: 'Falklands War', aliases: ['Falklands War'], kind: 'war', start: '1982-04-02', end: '1982-06-14', source: W + 'Falklands_War' },
	{ id: 'six-day-war', name: 'Six-Day War', aliases: ['Six-Day War', 'Six Day War'], kind: 'war', start: '1967-06-05', end: '1967-06-10', source: W + 'Six-Day_War' },
	{ id: 'yom-kippur-war', name: 'Yom Kippur War', aliases: ['Yom Kippur War', 'October War'], kind: 'war', start: '1973-10-06', end: '1973-10-25', source: W + 'Yom_Kippur_War' },
	{ id: 'american-civil-war', name: 'American Civil War', aliases: ['American Civil War', 'U.S. Civil War'], kind: 'war', start: '1861-04-12', end: '1865-04-09', source: W + 'American_Civil_War' },
	{ id: 'bosnian-war', name: 'Bosnian War', aliases: ['Bosnian War', 'war in Bosnia'], kind: 'war', start: '1992-04-06', end: '1995-12-14', endName: 'Dayton Agreement signed', source: W + 'Bosnian_War' },
	{ id: 'kosovo-war', name: 'Kosovo War', aliases: ['Kosovo War', 'war in Kosovo'], kind: 'war', start: '1998-02-28', end: '1999-06-11', source: W + 'Kosovo_War' },
	{ id: 'spanish-civil-war', name: 'Spanish Civil War', aliases: ['Spanish Civil War'], kind: 'war', start: '1936-07-17', end: '1939-04-01', source: W + 'Spanish_Civil_War' },
	{ id: 'berlin-wall-fall', name: 'Fall of the Berlin Wall', aliases: ['fall of the Berlin Wall'], kind: 'event', start: '1989-11-09', source: W + 'Fall_of_the_Berlin_Wall' },
	{ id: 'september-11', name: 'September 11 attacks', aliases: ['September 11 attacks', '9/11 attacks', 'Sept. 11 attacks'], kind: 'event', start: '2001-09-11', source: W + 'September_11_attacks' },
	{ id: 'd-day', name: 'D-Day landings', aliases: ['D-Day', 'Normandy landings'], kind: 'event', start: '1944-06-06', source: W + 'Normandy_landings' },
	{ id: 'hiroshima', name: 'Atomic bombing of Hiroshima', aliases: ['bombing of Hiroshima'], kind: 'event', start: '1945-08-06', source: W + 'Atomic_bombings_of_Hiroshima_and_Nagasaki' },
	{ id: 'pearl-harbor', name: 'Attack on Pearl Harbor', aliases: ['attack on Pearl Harbor', 'Pearl Harbor attack'], kind: 'event', start: '1941-12-07', source: W + 'Attack_on_Pearl_Harbor' },
	{ id: 'german-reunification', name: 'German reunification', aliases: ['German reunification', 'reunification of Germany'], kind: 'event', start: '1990-10-03', source: W + 'German_reunification' },
	{ id: 'soviet-dissolution', name: 'Dissolution of the Soviet Union', aliases: ['collapse of the Soviet Union', 'dissolution of the Soviet Union'], kind: 'event', start: '1991-12-26', source: W + 'Dissolution_of_the_Soviet_Union' },
	{ id: 'chernobyl', name: 'Chernobyl disaster', aliases: ['Chernobyl disaster', 'Chernobyl accident'], kind: 'event', start: '1986-04-26', source: W + 'Chernobyl_disaster' },
	{ id: 'moon-landing', name: 'Apollo 11 Moon landing', aliases: ['Moon landing', 'Apollo 11'], kind: 'event', start: '1969-07-20', source: W + 'Apollo_11' },
	{ id: 'victory-day-korea', name: 'Victory Day', aliases: ['Victory Day', 'Day of Victory'], kind: 'holiday', monthDay: '07-27', commemorates: 'korean-war', places: ['North Korea', 'Pyongyang', 'DPRK', 'Korean'], source: W + 'Public_holidays_in_North_Korea' },
	{ id: 'victory-day-russia', name: 'Victory Day', aliases: ['Victory Day', 'Day of Victory'], kind: 'holiday', monthDay: '05-09', commemorates: 'world-war-ii', places: ['Russia', 'Moscow', 'Kremlin', 'Soviet', 'Red Square'], source: W + 'Victory_Day_(9_May)' },
	{ id: 've-day', name: 'Victory in Europe Day', aliases: ['V-E Day', 'VE Day', 'Victory in Europe Day'], kind: 'holiday', monthDay: '05-08', commemorates: 'world-war-ii', source: W + 'Victory_in_Europe_Day' },
	{ id: 'armistice-day', name: 'Armistice Day', aliases: ['Armistice Day', 'Remembrance Day', 'Veterans Day', "Veterans' Day"], kind: 'holiday', monthDay: '11-11', commemorates: 'world-war-i', source: W + 'Armistice_Day' },
	{ id: 'us-independence-day', name: 'Independence Day', aliases: ['Independence Day', 'Fourth of July', 'July Fourth'], kind: 'holiday', monthDay: '07-04', places: ['United States', 'U.S.', 'America'], source: W + 'Independence_Day_(United_States)' },
	{ id: 'bastille-day', name: 'Bastille Day', aliases: ['Bastille Day'], kind: 'holiday', monthDay: '07-14', source: W + 'Bastille_Day' },
	{ id: 'christmas', name: 'Christmas', aliases: ['Christmas Day', 'Christmas'], kind: 'holiday', monthDay: '12-25', source: W + 'Christmas' },
	{ id: 'christmas-eve', name: 'Christmas Eve', aliases: ['Christmas Eve'], kind: 'holiday', monthDay: '12-24', source: W + 'Christmas_Eve' },
	{ id: 'new-years-day', name: "New Year's Day", aliases: ["New Year's Day", 'New Year’s Day'], kind: 'holiday', monthDay: '01-01', source: W + "New_Year's_Day" },
	{ id: 'new-years-eve', name: "New Year's Eve", aliases: ["New Year's Eve", 'New Year’s Eve'], kind: 'holiday', monthDay: '12-31', source: W + "New_Year's_Eve" },
	{ id: 'valentines-day', name: "Valentine's Day", aliases: ["Valentine's Day", 'Valentine’s Day'], kind: 'holiday', monthDay: '02-14', source: W + "Valentine's_Day" },
	{ id: 'halloween', name: 'Halloween', aliases: ['Halloween'], kind: 'holiday', monthDay: '10-31', source: W + 'Halloween' },
	{ id: 'canada-day', name: 'Canada Day', aliases: ['Canada Day'], kind: 'holiday', monthDay: '07-01', source: W + 'Canada_Day' },
	{ id: 'anzac-day', name: 'Anzac Day', aliases: ['Anzac Day'], kind: 'holiday', monthDay: '04-25', commemorates: 'world-war-i', source: W + 'Anzac_Day' },
	{ id: 'liberation-day-korea', name: 'National Liberation Day of Korea', aliases: ['Liberation Day', 'Gwangbokjeol'], kind: 'holiday', monthDay: '08-15', places: ['Korea', 'Seoul', 'Pyongyang'], source: W + 'National_Liberation_Day_of_Korea' },
	{ id: 'us-thanksgiving', name: 'Thanksgiving', aliases: ['Thanksgiving Day', 'Thanksgiving'], kind: 'holiday', nthWeekday: { month: 11, weekday: 4, n: 4 }, source: W + 'Thanksgiving_(United_States)' },
	{ id: 'us-labor-day', name: 'Labor Day', aliases: ['Labor Day'], kind: 'holiday', nthWeekday: { month: 9, weekday: 1, n: 1 }, source: W + 'Labor_Day' },
	{ id: 'us-memorial-day', name: 'Memorial Day', aliases: ['Memorial Day'], kind: 'holiday', nthWeekday: { month: 5, weekday: 1, n: -1 }, source: W + 'Memorial_Day' },
];
