import { allLocales } from '@faker-js/faker';
import type { Rng } from './rng';
import { partition, type PoolSide } from './split';

export type Sex = 'female' | 'male';

interface NameCulture {
  readonly id: string;
  readonly female: readonly string[];
  readonly male: readonly string[];
  readonly surnames: readonly string[];
  /** Whole cultures kept out of train so held-out notes carry names of an unseen origin. */
  readonly unseenOnly: boolean;
}

export interface Person {
  first: string;
  middle: string;
  last: string;
  sex: Sex;
}

type LocaleId = keyof typeof allLocales;
type NameList = readonly string[] | { readonly [key: string]: readonly string[] | undefined } | undefined;

/** Latin-script letters, with accents, apostrophes, hyphens and spaces. */
const LATIN_NAME = /^[A-Za-zÀ-ɏ'’ -]{2,}$/;

function listOf(value: NameList, key: 'female' | 'male' | 'generic'): string[] {
  if (!value) return [];
  if (Array.isArray(value)) return [...(value as readonly string[])];
  const record = value as { readonly [key: string]: readonly string[] | undefined };
  return [...(record[key] ?? []), ...(key === 'generic' ? [] : (record['generic'] ?? []))];
}

function fakerCulture(locale: LocaleId, unseenOnly = false): NameCulture {
  const person = allLocales[locale].person as
    | { first_name?: NameList; last_name?: NameList }
    | undefined;
  const latin = (names: string[]) => [...new Set(names.filter((name) => LATIN_NAME.test(name)))];
  const surnames = latin([
    ...listOf(person?.last_name, 'generic'),
    ...listOf(person?.last_name, 'male'),
  ]);
  return {
    id: locale,
    female: latin(listOf(person?.first_name, 'female')),
    male: latin(listOf(person?.first_name, 'male')),
    surnames,
    unseenOnly,
  };
}

function handMade(id: string, female: string, male: string, surnames: string, unseenOnly = false): NameCulture {
  const words = (list: string) => list.split(/\s*,\s*/).filter(Boolean);
  return { id, female: words(female), male: words(male), surnames: words(surnames), unseenOnly };
}

/**
 * Surnames that are also ordinary English words. They appear as names (labelled) and, in the
 * clinical filler, as words (not labelled), so the model has to use context.
 */
export const WORD_SURNAMES = [
  'Will', 'Hope', 'Brown', 'White', 'Young', 'King', 'Child', 'Rich', 'Strong', 'Mark', 'Grant',
  'Bush', 'Price', 'Black', 'Green', 'Long', 'Short', 'Best', 'Hall', 'Wells', 'Stone', 'Rose',
  'Hill', 'Fields', 'Banks', 'Sharp', 'Cross', 'Small', 'Little', 'Day', 'May', 'Love', 'Bell',
  'Frost', 'Gay', 'Good', 'Moody', 'Swift', 'Lamb', 'Fox', 'Field', 'Church', 'Page', 'Reed',
];

function compoundSurnames(): string[] {
  const heads = ['Ash', 'Brad', 'Craw', 'Dun', 'Fair', 'Gold', 'Hart', 'Kings', 'Lang', 'Mid', 'North', 'Ox', 'Pem', 'Red', 'Ship', 'South', 'Stan', 'Thorn', 'Wal', 'West', 'Whit', 'Wood', 'Black', 'Brook', 'Hol', 'Bur', 'Chat', 'Elling', 'Fen', 'Hather', 'Mar', 'Pres', 'Rad', 'Sel', 'Tur', 'Went'];
  const tails = ['ford', 'ley', 'ton', 'well', 'wood', 'field', 'worth', 'by', 'ham', 'more', 'land', 'stone', 'bridge', 'ridge', 'cott', 'dale', 'ington', 'combe', 'hurst', 'wick'];
  return heads.flatMap((head) => tails.map((tail) => `${head}${tail}`));
}

const CULTURES: readonly NameCulture[] = [
  fakerCulture('en'), fakerCulture('en_AU'), fakerCulture('en_ZA'), fakerCulture('en_GH'),
  fakerCulture('en_IN'), fakerCulture('en_NG'), fakerCulture('en_NP'), fakerCulture('yo_NG'),
  fakerCulture('zu_ZA'), fakerCulture('af_ZA'), fakerCulture('es'), fakerCulture('es_MX'),
  fakerCulture('pt_BR'), fakerCulture('pt_PT'), fakerCulture('fr'), fakerCulture('fr_SN'),
  fakerCulture('de'), fakerCulture('it'), fakerCulture('nl'), fakerCulture('sv'),
  fakerCulture('da'), fakerCulture('nb_NO'), fakerCulture('fi'), fakerCulture('hu'),
  fakerCulture('ro'), fakerCulture('cs_CZ'), fakerCulture('hr'), fakerCulture('id_ID'),
  fakerCulture('ku_kmr_latin'), fakerCulture('uz_UZ_latin'),
  // Held out entirely: Polish, Turkish, Vietnamese, Serbian and Slovak names never reach train.
  fakerCulture('pl', true), fakerCulture('tr', true), fakerCulture('vi', true),
  fakerCulture('sr_RS_latin', true), fakerCulture('sk', true),
  handMade(
    'chinese',
    'Mei, Xiu Ying, Li Na, Jing, Yan, Hui, Ling, Xiaoling, Fang, Qing, Yun, Wen, Lan, Ying, Jiayi, Yuxin',
    'Wei, Jian, Hao, Jun, Ming, Lei, Qiang, Tao, Bo, Zhiwei, Xiaoming, Yong, Gang, Hong, Jie, Chen',
    'Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Luo, Gao, Zheng, Liang, Xie, Tang, Feng, Deng, Cao, Peng, Zeng, Xiao, Tian, Dong, Pan, Yuan, Cai, Jiang, Yu, Du, Ye, Cheng, Wei, Su, Lu, Ding, Ren, Shen, Yao, Fu, Zhong, Jiang, Cui, Tan, Lu, Fan, Jin, Shi, Liao, Jia, Xia, Wei, Fu, Fang, Bai, Zou, Meng, Xiong, Qin, Qiu, Jiang, Yin, Xue, Yan, Duan, Lei, Long, Li, Chan, Wong, Leung, Cheung, Ng, Ho, Lau, Tse, Chow, Kwok',
  ),
  handMade(
    'korean',
    'Ji-woo, Seo-yeon, Min-ji, Soo-jin, Eun-ji, Hye-jin, Yuna, Ha-eun, Ji-hye, Mi-sook, Young-hee, Sun-hee',
    'Min-jun, Ji-hoon, Seo-jun, Do-yun, Hyun-woo, Sung-min, Jae-won, Dong-hyun, Young-ho, Sang-woo, Jin, Tae-yang',
    'Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Oh, Seo, Shin, Kwon, Hwang, Ahn, Song, Jeon, Hong, Ko, Moon, Yang, Baek, Nam, Ryu, Yoo',
  ),
  handMade(
    'japanese',
    'Yuki, Haruka, Aiko, Sakura, Yui, Emi, Keiko, Mariko, Naoko, Akiko, Megumi, Hina, Rina, Ayumi',
    'Hiroshi, Takeshi, Kenji, Haruto, Sota, Yuto, Daiki, Kazuki, Takumi, Shota, Ren, Kaito, Masato, Akira',
    'Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato, Yoshida, Yamada, Sasaki, Yamaguchi, Matsumoto, Inoue, Kimura, Hayashi, Shimizu, Yamazaki, Mori, Abe, Ikeda, Hashimoto, Ishikawa, Ogawa, Okada, Goto, Hasegawa, Murakami, Kondo, Ishii, Saito, Sakamoto, Endo, Aoki, Fujii, Nishimura, Fukuda, Ota, Miura, Okamoto, Matsuda, Nakagawa',
  ),
  handMade(
    'arabic',
    'Fatima, Aisha, Mariam, Noor, Layla, Huda, Amira, Rania, Salma, Yasmin, Hana, Zainab, Samira, Leila, Dalia, Rasha',
    'Mohammed, Muhammad, Ahmed, Ali, Omar, Hassan, Hussein, Khalid, Youssef, Ibrahim, Mahmoud, Mustafa, Tariq, Karim, Samir, Bilal, Abdullah, Faisal, Hamza, Nasser',
    'Al-Sayed, Haddad, Khalil, Nasser, Saleh, Hassan, Abdullah, Mansour, Aziz, Farouk, Qureshi, El-Amin, Rahman, Khoury, Bakr, Hamdan, Said, Awad, Najjar, Darwish, Shaikh, Al-Farsi, Suleiman, Hijazi, Karam, Jaber, Othman, Zaki, Abboud, El-Hajj',
  ),
  handMade(
    'irish-scottish',
    'Siobhan, Niamh, Aoife, Caoimhe, Saoirse, Maeve, Bridget, Orla, Sinead, Roisin, Eileen, Fiona, Ann-Marie, Mary-Kate',
    'Sean, Liam, Padraig, Cian, Eoin, Declan, Ciaran, Niall, Connor, Fergus, Ronan, Seamus, Angus, Callum',
    "O'Neil, O'Brien, O'Connor, O'Sullivan, McCarthy, McDonald, MacLeod, McGregor, Fitzgerald, Gallagher, Doherty, Kennedy, Byrne, Ryan, Murphy, Kelly, Walsh, Quinn, Brennan, Flanagan, McLaughlin, O'Donnell, MacKenzie, O'Neil-Smith, Kavanagh, Donnelly, Duffy, Nolan",
  ),
  handMade(
    'east-african',
    'Amina, Hodan, Fadumo, Sahra, Ifrah, Hibo, Meseret, Tigist, Selam, Hirut, Wanjiru, Achieng, Nyambura, Zawadi',
    'Abdi, Abdirahman, Mahad, Liban, Dawit, Tesfaye, Yonas, Bereket, Kipchoge, Otieno, Kamau, Mwangi, Juma, Baraka',
    'Mohamud, Warsame, Farah, Hersi, Jama, Osman, Abdullahi, Tekle, Haile, Gebremariam, Bekele, Tadesse, Kiprono, Odhiambo, Njoroge, Wambui, Mutua, Ochieng, Kariuki, Hussein',
  ),
  // Held out entirely: transliterated Russian and Hmong names.
  handMade(
    'russian',
    'Olga, Natalia, Svetlana, Irina, Tatiana, Yelena, Anastasia, Ekaterina, Lyudmila, Galina, Oksana, Yulia',
    'Dmitri, Sergei, Alexei, Vladimir, Nikolai, Yuri, Mikhail, Ivan, Andrei, Pavel, Viktor, Oleg',
    'Ivanov, Petrova, Smirnov, Kuznetsova, Popov, Volkov, Sokolova, Lebedev, Kozlov, Novikova, Morozov, Fedorova, Orlov, Pavlova, Vasiliev, Zaitsev, Solovyov, Baranova, Romanov, Kovalenko',
    true,
  ),
  handMade(
    'hmong',
    'Mai, Pa, Youa, Kia, Ia, Bao, Der, Nou, Chia, Mee',
    'Tou, Pao, Vang, Fue, Kou, Neng, Cha, Xeng, Chue, Yeng',
    'Vang, Xiong, Yang, Thao, Lee, Her, Moua, Lor, Vue, Lo, Chang, Hang, Khang, Yang, Kue',
    true,
  ),
  handMade(
    'african-american',
    'Latoya, Keisha, Imani, Tamika, Ebony, Shanice, Aaliyah, Jasmine, Tanisha, Latrice, Shaniqua, Monique, Kiara, Destiny, Precious, Tiara, Essence, Nia',
    'DeShawn, Jamal, Tyrone, Darnell, Marquis, Jaylen, DaQuan, Terrell, Dwayne, Reginald, Cedric, Malik, Andre, Rashad, Lamar, Demetrius, Tavon, Kareem',
    'Washington, Jefferson, Jackson, Booker, Freeman, Mosley, Gaines, Dorsey, Battle, Merriweather, Ware, Pettiford, Bynum, Toussaint, Chisholm, Moultrie, Staton, Tolliver, Everett, Fontenot',
  ),
  // English-looking surnames built from common parts ("Ashford", "Thornley"), so the English pool
  // is not a few hundred names the model could memorise.
  handMade('anglo-compound', '', '', compoundSurnames().join(', ')),
  // Given and family names that are also ordinary words ("Hope", "Will", "Grant", "Brown").
  handMade(
    'word-names',
    'Hope, Faith, Joy, Grace, Rose, May, June, Summer, Ivy, Dawn, Autumn, Crystal, Amber, Destiny, Charity, Patience, Honey, Star, Sunny, Ruby, Pearl, Iris, Violet, Holly, Robin, Paris, Sky',
    'Will, Mark, Grant, Rich, Art, Bill, Guy, Gene, Chase, Hunter, Rusty, Buck, Cash, Miles, Drew, Lance, Frank, Dean, Wade, Jack, Chip, Bud, King, Major, Royal, Ace, Sonny',
    WORD_SURNAMES.join(', '),
  ),
];

/** A culture's names after the train/held-out partition. */
interface CulturePool {
  culture: NameCulture;
  female: string[];
  male: string[];
  surnames: string[];
}

export class NamePools {
  private readonly cultures: CulturePool[];
  private readonly wordNames: CulturePool;

  constructor(side: PoolSide) {
    const key = (name: string) => name;
    this.cultures = CULTURES.filter((culture) => side === 'unseen' || !culture.unseenOnly).map((culture) => ({
      culture,
      female: partition(culture.female, side, key),
      male: partition(culture.male, side, key),
      surnames: partition(culture.surnames, side, key),
    }));
    this.wordNames = this.cultures.find((entry) => entry.culture.id === 'word-names')!;
  }

  /** A person of one culture; a fifth of the time, given and family names come from two cultures. */
  person(rng: Rng, sex: Sex = rng.chance(0.5) ? 'female' : 'male'): Person {
    // English names dominate US notes, but every culture appears often; word-like names get extra
    // weight because they are where context matters most.
    const pickCulture = () => rng.weighted<() => CulturePool>([
      [30, () => this.cultures[0]!],
      [6, () => this.wordNames],
      [64, () => rng.pick(this.cultures)],
    ])();
    const surnameCulture = pickCulture();
    const givenName = (entry: CulturePool) => {
      const pool = entry[sex].length > 0 ? entry[sex] : this.cultures[0]![sex];
      return rng.pick(pool);
    };
    const first = givenName(rng.chance(0.2) ? pickCulture() : surnameCulture);
    const middle = rng.chance(0.4) ? givenName(pickCulture()) : '';
    const pickSurname = () => (surnameCulture.surnames.length > 0 ? rng.pick(surnameCulture.surnames) : this.surname(rng));
    // Double-barrelled surnames: Hispanic paternal + maternal ("Garcia Lopez"), hyphenated elsewhere.
    const hispanic = surnameCulture.culture.id.startsWith('es') || surnameCulture.culture.id.startsWith('pt');
    const last = rng.weighted<() => string>([
      [hispanic ? 3 : 0, () => `${pickSurname()} ${pickSurname()}`],
      [0.5, () => `${pickSurname()}-${pickSurname()}`],
      [10, pickSurname],
    ])();
    return { first: stripAccentsSometimes(rng, first), middle, last: stripAccentsSometimes(rng, last), sex };
  }

  surname(rng: Rng): string {
    const entry = rng.pick(this.cultures);
    return stripAccentsSometimes(rng, entry.surnames.length > 0 ? rng.pick(entry.surnames) : rng.pick(this.cultures[0]!.surnames));
  }
}

/** US records usually lose diacritics ("Nguyễn" → "Nguyen"); keep them a third of the time. */
function stripAccentsSometimes(rng: Rng, name: string): string {
  return rng.chance(0.67) ? name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : name;
}
