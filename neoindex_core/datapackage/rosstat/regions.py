"""The region reference table and the alias table that maps Rosstat's spellings to it.

Rosstat lists 85 federal subjects (Crimea and Sevastopol included; the four regions
annexed in 2022 are not in its 2022 figures). Two of them, Arkhangelsk and Tyumen
oblasts, contain autonomous okrugs that are subjects in their own right, so Rosstat
prints three rows for each: the oblast with its okrugs, each okrug, and the oblast
without them. All rows are kept; the ``kind`` column says which is which so that
nobody adds an oblast to its own okrugs.
"""

from __future__ import annotations

import io

import pandas as pd

from .sheets import SheetError, name_key

REGION = "region"
OKRUG_IN_REGION = "autonomous okrug inside another region"
REGION_WITH_OKRUGS = "region including its autonomous okrugs"
REGION_WITHOUT_OKRUGS = "region excluding its autonomous okrugs"
# Kinds that are each one territory: together they cover Russia once (the oblasts with their okrugs
# would count the okrugs twice).
SINGLE_TERRITORIES = (REGION, OKRUG_IN_REGION, REGION_WITHOUT_OKRUGS)
COUNTRY = "country"
FEDERAL_DISTRICT = "federal district"

FEDERAL_DISTRICTS = {
    "Central": "Центральный федеральный округ",
    "Northwestern": "Северо-Западный федеральный округ",
    "Southern": "Южный федеральный округ",
    "North Caucasian": "Северо-Кавказский федеральный округ",
    "Volga": "Приволжский федеральный округ",
    "Ural": "Уральский федеральный округ",
    "Siberian": "Сибирский федеральный округ",
    "Far Eastern": "Дальневосточный федеральный округ",
}

# region | region_ru (Rosstat's current name) | ISO 3166-2 | federal district (2022) | kind.
# No ISO code for the "excluding okrugs" rows (ISO has none) nor for Crimea and
# Sevastopol (ISO 3166-2 lists them under Ukraine, UA-43 and UA-40).
_TABLE = """\
Belgorod Oblast|Белгородская область|RU-BEL|Central|region
Bryansk Oblast|Брянская область|RU-BRY|Central|region
Vladimir Oblast|Владимирская область|RU-VLA|Central|region
Voronezh Oblast|Воронежская область|RU-VOR|Central|region
Ivanovo Oblast|Ивановская область|RU-IVA|Central|region
Kaluga Oblast|Калужская область|RU-KLU|Central|region
Kostroma Oblast|Костромская область|RU-KOS|Central|region
Kursk Oblast|Курская область|RU-KRS|Central|region
Lipetsk Oblast|Липецкая область|RU-LIP|Central|region
Moscow Oblast|Московская область|RU-MOS|Central|region
Oryol Oblast|Орловская область|RU-ORL|Central|region
Ryazan Oblast|Рязанская область|RU-RYA|Central|region
Smolensk Oblast|Смоленская область|RU-SMO|Central|region
Tambov Oblast|Тамбовская область|RU-TAM|Central|region
Tver Oblast|Тверская область|RU-TVE|Central|region
Tula Oblast|Тульская область|RU-TUL|Central|region
Yaroslavl Oblast|Ярославская область|RU-YAR|Central|region
Moscow|г. Москва|RU-MOW|Central|region
Karelia|Республика Карелия|RU-KR|Northwestern|region
Komi|Республика Коми|RU-KO|Northwestern|region
Arkhangelsk Oblast (incl. Nenets AO)|Архангельская область|RU-ARK|Northwestern|with_okrugs
Nenets AO|Ненецкий автономный округ|RU-NEN|Northwestern|okrug
Arkhangelsk Oblast (excl. Nenets AO)|Архангельская область без автономного округа||Northwestern|without_okrugs
Vologda Oblast|Вологодская область|RU-VLG|Northwestern|region
Kaliningrad Oblast|Калининградская область|RU-KGD|Northwestern|region
Leningrad Oblast|Ленинградская область|RU-LEN|Northwestern|region
Murmansk Oblast|Мурманская область|RU-MUR|Northwestern|region
Novgorod Oblast|Новгородская область|RU-NGR|Northwestern|region
Pskov Oblast|Псковская область|RU-PSK|Northwestern|region
Saint Petersburg|г. Санкт-Петербург|RU-SPE|Northwestern|region
Adygea|Республика Адыгея|RU-AD|Southern|region
Kalmykia|Республика Калмыкия|RU-KL|Southern|region
Crimea|Республика Крым||Southern|region
Krasnodar Krai|Краснодарский край|RU-KDA|Southern|region
Astrakhan Oblast|Астраханская область|RU-AST|Southern|region
Volgograd Oblast|Волгоградская область|RU-VGG|Southern|region
Rostov Oblast|Ростовская область|RU-ROS|Southern|region
Sevastopol|г. Севастополь||Southern|region
Dagestan|Республика Дагестан|RU-DA|North Caucasian|region
Ingushetia|Республика Ингушетия|RU-IN|North Caucasian|region
Kabardino-Balkaria|Кабардино-Балкарская Республика|RU-KB|North Caucasian|region
Karachay-Cherkessia|Карачаево-Черкесская Республика|RU-KC|North Caucasian|region
North Ossetia - Alania|Республика Северная Осетия - Алания|RU-SE|North Caucasian|region
Chechnya|Чеченская Республика|RU-CE|North Caucasian|region
Stavropol Krai|Ставропольский край|RU-STA|North Caucasian|region
Bashkortostan|Республика Башкортостан|RU-BA|Volga|region
Mari El|Республика Марий Эл|RU-ME|Volga|region
Mordovia|Республика Мордовия|RU-MO|Volga|region
Tatarstan|Республика Татарстан|RU-TA|Volga|region
Udmurtia|Удмуртская Республика|RU-UD|Volga|region
Chuvashia|Чувашская Республика|RU-CU|Volga|region
Perm Krai|Пермский край|RU-PER|Volga|region
Kirov Oblast|Кировская область|RU-KIR|Volga|region
Nizhny Novgorod Oblast|Нижегородская область|RU-NIZ|Volga|region
Orenburg Oblast|Оренбургская область|RU-ORE|Volga|region
Penza Oblast|Пензенская область|RU-PNZ|Volga|region
Samara Oblast|Самарская область|RU-SAM|Volga|region
Saratov Oblast|Саратовская область|RU-SAR|Volga|region
Ulyanovsk Oblast|Ульяновская область|RU-ULY|Volga|region
Kurgan Oblast|Курганская область|RU-KGN|Ural|region
Sverdlovsk Oblast|Свердловская область|RU-SVE|Ural|region
Tyumen Oblast (incl. KhMAO and YaNAO)|Тюменская область|RU-TYU|Ural|with_okrugs
Khanty-Mansi AO - Yugra|Ханты-Мансийский автономный округ - Югра|RU-KHM|Ural|okrug
Yamalo-Nenets AO|Ямало-Ненецкий автономный округ|RU-YAN|Ural|okrug
Tyumen Oblast (excl. AOs)|Тюменская область без автономных округов||Ural|without_okrugs
Chelyabinsk Oblast|Челябинская область|RU-CHE|Ural|region
Altai Republic|Республика Алтай|RU-AL|Siberian|region
Tuva|Республика Тыва|RU-TY|Siberian|region
Khakassia|Республика Хакасия|RU-KK|Siberian|region
Altai Krai|Алтайский край|RU-ALT|Siberian|region
Krasnoyarsk Krai|Красноярский край|RU-KYA|Siberian|region
Irkutsk Oblast|Иркутская область|RU-IRK|Siberian|region
Kemerovo Oblast|Кемеровская область - Кузбасс|RU-KEM|Siberian|region
Novosibirsk Oblast|Новосибирская область|RU-NVS|Siberian|region
Omsk Oblast|Омская область|RU-OMS|Siberian|region
Tomsk Oblast|Томская область|RU-TOM|Siberian|region
Buryatia|Республика Бурятия|RU-BU|Far Eastern|region
Sakha (Yakutia)|Республика Саха (Якутия)|RU-SA|Far Eastern|region
Zabaykalsky Krai|Забайкальский край|RU-ZAB|Far Eastern|region
Kamchatka Krai|Камчатский край|RU-KAM|Far Eastern|region
Primorsky Krai|Приморский край|RU-PRI|Far Eastern|region
Khabarovsk Krai|Хабаровский край|RU-KHA|Far Eastern|region
Amur Oblast|Амурская область|RU-AMU|Far Eastern|region
Magadan Oblast|Магаданская область|RU-MAG|Far Eastern|region
Sakhalin Oblast|Сахалинская область|RU-SAK|Far Eastern|region
Jewish Autonomous Oblast|Еврейская автономная область|RU-YEV|Far Eastern|region
Chukotka AO|Чукотский автономный округ|RU-CHU|Far Eastern|region
"""

_KINDS = {
    "region": REGION,
    "okrug": OKRUG_IN_REGION,
    "with_okrugs": REGION_WITH_OKRUGS,
    "without_okrugs": REGION_WITHOUT_OKRUGS,
}

# Other spellings found in Rosstat's files (old names, long official names, the
# GRP tables' name for the sum over regions). Keys are compared via name_key().
# GRP tables head the total column with a long description of the sum over regions.
_GRP_TOTAL = "Валовой региональный продукт по субъектам Российской Федерации"

_ALIASES = {
    "Kemerovo Oblast": ["Кемеровская область", "Кемеровская область - Кузбасс"],
    "Arkhangelsk Oblast (excl. Nenets AO)": [
        "Архангельская область (кроме Ненецкого автономного округа)",
        "Архангельская область без АО",
        "Архангельская область (без автономного округа)",
        "Архангельская область без авт. округа",
        "Архангельская область без Ненецкого авт. округа",
    ],
    "Tyumen Oblast (excl. AOs)": [
        "Тюменская область (кроме Ханты-Мансийского автономного округа - Югры и Ямало-Ненецкого автономного округа)",
        "Тюменская область без АО",
        "Тюменская область (без автономных округов)",
        "Тюменская область без авт. округов",
        "Тюменская область (без Ханты-Мансийского авт. округа-Югра и Ямало-Ненецкого авт. округа)",
    ],
    "Arkhangelsk Oblast (incl. Nenets AO)": [
        "Архангельская область (включая Ненецкий автономный округ)",
        "Архангельская область (с автономным округом)",
    ],
    "Tyumen Oblast (incl. KhMAO and YaNAO)": [
        "Тюменская область (включая автономные округа)",
        "Тюменская область (с автономными округами)",
    ],
    "Nenets AO": ["Ненецкий автономный округ (Архангельская область)", "Ненецкий авт. округ", "Ненецкий округ"],
    "Khanty-Mansi AO - Yugra": [
        "Ханты-Мансийский автономный округ - Югра (Тюменская область)",
        "Ханты-Мансийский автономный округ",
        "Ханты-Мансийский авт. округ-Югра",
    ],
    "Yamalo-Nenets AO": ["Ямало-Ненецкий автономный округ (Тюменская область)", "Ямало-Ненецкий авт. округ"],
    # Rosstat's investment and science tables spell it with a Latin "p" (U+0070).
    "Kaliningrad Oblast": ["Калинингpадская область"],
    # Table 18.10 of the 2023 edition cuts the name short.
    "Tambov Oblast": ["Тамбовская"],
    "Adygea": ["Республика Адыгея (Адыгея)", "Республтка Адыгея"],  # the latter: a typo in table 18.10 (2023)
    "Moscow": ["г.Москва", "Москва"],
    "Saint Petersburg": ["г.Санкт-Петербург", "Санкт-Петербург"],
    "Sevastopol": ["г.Севастополь", "Севастополь"],
    "Chuvashia": ["Чувашская Республика - Чувашия"],
    "Tatarstan": ["Республика Татарстан (Татарстан)"],
    "North Ossetia - Alania": ["Республика Северная Осетия-Алания"],
    "Russian Federation": [
        # GRP tables head the column with the sum over regions instead of "Russia".
        _GRP_TOTAL + " (валовая добавленная стоимость в текущих основных ценах) - всего",
        _GRP_TOTAL + " (валовая добавленная стоимость в основных ценах) - всего",
        _GRP_TOTAL + " (валовая добавленная стоимость в текущих основных ценах)",
        _GRP_TOTAL + " (валовая добавленная стоимость в основных ценах)",
        "Валовой региональный продукт по субъектам Российской Федерации",
        "Всего по субъектам Российской Федерации",
    ],
    "Central Federal District": ["Центральный федеральный округ"],
}

# Labels that are not entities at all: sub-headings inside the region column.
NOT_ENTITIES = {name_key(label) for label in ["в том числе:", "в том числе", "из них:", "из них", "К содержанию"]}


def region_table() -> pd.DataFrame:
    """The region reference table: subjects, the two oblasts without okrugs, and aggregates.

    Returns
    -------
    pandas.DataFrame
        Columns region, region_ru, iso_code, federal_district, kind; regions in
        Rosstat's order, then the Russian Federation and the eight federal districts
        (kind ``country`` or ``federal district``, federal_district empty for the country).
    """
    regions = pd.read_csv(
        io.StringIO(_TABLE),
        sep="|",
        header=None,
        dtype=str,
        keep_default_na=False,
        names=["region", "region_ru", "iso_code", "federal_district", "kind"],
    )
    regions["kind"] = regions["kind"].map(_KINDS)
    aggregates = [
        {
            "region": "Russian Federation",
            "region_ru": "Российская Федерация",
            "iso_code": "RU",
            "federal_district": "",
            "kind": COUNTRY,
        }
    ]
    aggregates += [
        {
            "region": f"{district} Federal District",
            "region_ru": name_ru,
            "iso_code": "",
            "federal_district": district,
            "kind": FEDERAL_DISTRICT,
        }
        for district, name_ru in FEDERAL_DISTRICTS.items()
    ]
    return pd.concat([regions, pd.DataFrame(aggregates)], ignore_index=True)


def alias_table(regions: pd.DataFrame) -> dict[str, str]:
    """Map from name_key() of every known spelling to the English region name.

    Parameters
    ----------
    regions : pandas.DataFrame
        The output of :func:`region_table`.

    Returns
    -------
    dict of str to str
        Lookup key to ``region``.
    """
    aliases = {name_key(row.region_ru): row.region for row in regions.itertuples()}
    for region, spellings in _ALIASES.items():
        for spelling in spellings:
            key = name_key(spelling)
            if aliases.get(key, region) != region:
                raise ValueError(f"alias {spelling!r} would point to both {aliases[key]!r} and {region!r}")
            aliases[key] = region
    return aliases


def resolve(label: str, aliases: dict[str, str], where: object) -> str | None:
    """English region name for a cleaned Rosstat label.

    Parameters
    ----------
    label : str
        A cleaned label (see sheets.clean_label).
    aliases : dict of str to str
        From :func:`alias_table`.
    where : object
        The cell's location, for the error message.

    Returns
    -------
    str or None
        The region name; None for sub-headings such as «в том числе:».

    Raises
    ------
    SheetError
        For a name missing from the alias table: a new or misspelt region must be
        added by hand, never guessed.
    """
    key = name_key(label)
    if key in NOT_ENTITIES:
        return None
    # Some files put the sub-heading and the first okrug in one cell.
    for heading in ("в том числе:", "в том числе", "в т.ч.", "из них:"):
        if key.startswith(heading):
            key = key[len(heading) :].strip()
            break
    if key not in aliases:
        raise SheetError(f"{where}: unknown region name {label!r} (add it to the alias table in regions.py)")
    return aliases[key]
