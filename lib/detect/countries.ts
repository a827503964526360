/**
 * Countries and world regions, lower case, words joined by "_". Safe Harbor removes geographic
 * units smaller than a state, so "grew up in Somalia" is not PHI and a place recognizer leaves it.
 */
export const COUNTRIES: ReadonlySet<string> = new Set(
  `
  afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
  bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria
  burkina_faso burundi cambodia cameroon canada chad chile china colombia comoros congo costa_rica croatia
  cuba cyprus czechia czech_republic denmark djibouti dominica dominican_republic ecuador egypt el_salvador
  england eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece
  grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel
  italy ivory_coast jamaica japan jordan kazakhstan kenya korea south_korea north_korea kosovo kuwait
  kyrgyzstan laos latvia lebanon lesotho liberia libya lithuania luxembourg madagascar malawi malaysia
  maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco
  mozambique myanmar burma namibia nepal netherlands holland new_zealand nicaragua niger nigeria macedonia
  north_macedonia norway oman pakistan palau palestine panama paraguay peru philippines poland portugal qatar
  romania russia rwanda samoa saudi_arabia scotland senegal serbia seychelles sierra_leone singapore slovakia
  slovenia somalia south_africa south_sudan spain sri_lanka sudan suriname sweden switzerland syria taiwan
  tajikistan tanzania thailand togo tonga trinidad tunisia turkey turkmenistan uganda ukraine
  united_arab_emirates uae united_kingdom uk united_states usa us america uruguay uzbekistan vanuatu
  venezuela vietnam viet_nam wales yemen zambia zimbabwe africa asia europe caribbean central_america
  south_america latin_america middle_east the_philippines the_netherlands the_us the_usa the_uk`
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => name.replace(/_/g, ' ')),
);
