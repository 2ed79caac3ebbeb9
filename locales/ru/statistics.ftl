## Страница статистики: официальные данные, хронология, диаграммы и таблицы.

headline-heading = Официальные данные
# $n: the figure shown before this text ("419 человек", "422 человека").
headline-total-text = { $n ->
    [one] человек погиб или получил ранения от мин и неразорвавшихся боеприпасов в Азербайджане с ноября 2020 года
    [few] человека погибли или получили ранения от мин и неразорвавшихся боеприпасов в Азербайджане с ноября 2020 года
   *[other] человек погибли или получили ранения от мин и неразорвавшихся боеприпасов в Азербайджане с ноября 2020 года
}
headline-said = Дата заявления: { $date }. Источник цифры: { $speaker }.
headline-as-of = Данные на { $date }: это дата последнего найденного заявления. Последний задокументированный инцидент: { $incident }.
headline-civilians = Последнее заявление, где отдельно названы мирные жители:
headline-disagree = Цифры официальных органов иногда расходятся на одного-двух человек, даже если названы в один день. На хронологии показано каждое заявление и кто его сделал; сайт ничего не пересчитывает.
sample-note-label = Об этих цифрах
sample-note = На этой странице собраны не все инциденты, а только те, о которых сообщили СМИ, обычно указав дату и место. Полное число пострадавших есть только в официальных данных. Поэтому сумма по инцидентам не совпадает с официальными цифрами, а диаграммы описывают только эти инциденты.

figure-total = всего { $n }
figure-killed = погибли: { $n }
figure-injured = ранены: { $n }
figure-civilians = из них мирные жители: { $parts }

timeline-heading = Хронология
timeline-intro = Линия показывает официальное общее число погибших и раненых; каждая точка на ней — одно заявление. Под линией — все задокументированные инциденты. Увеличивайте, сдвигайте и фильтруйте хронологию, чтобы рассмотреть нужный период; выберите отметку, чтобы увидеть подробности и источники.
timeline-controls-label = Показанный период
timeline-zoom-in = Увеличить
timeline-zoom-out = Уменьшить
timeline-earlier = Раньше
timeline-later = Позже
timeline-show-all = Весь период
timeline-from = С
timeline-to = По
timeline-selection = { $from } – { $to }: { $incidents ->
    [one] { $incidents } задокументированный инцидент
    [few] { $incidents } задокументированных инцидента
    [many] { $incidents } задокументированных инцидентов
   *[other] { $incidents } задокументированного инцидента
}, погибли: { $killed }, ранены: { $injured }.
timeline-keys = Чтобы сдвинуть или увеличить хронологию, проведите по ней пальцем или сведите и разведите два пальца, либо нажимайте кнопки. Клавиши: ← и → — от отметки к отметке, + и − — масштаб, Page Up и Page Down сдвигают период, Esc закрывает подробности.
timeline-needs-js = Если на этом телефоне не работают увеличение, фильтры и подробности, нажмите на отметку: откроется отдельная страница «{ page-statistics-table-title }», там эта отметка — строка таблицы.
timeline-drawing-needs-js = Если хронология ниже не появилась, те же данные есть в таблицах на отдельной странице:
timeline-list-help = Месяцы идут по порядку: от давних к новым. Нажмите на отметку, чтобы увидеть подробности и источники: они откроются под этим месяцем. Кнопками выберите период, а фильтрами — инциденты.
timeline-line-label = Официальное число пострадавших
timeline-lane-label = Задокументированные инциденты
timeline-statement-label = Заявление, { $date }: { $figures }. { table-speaker }: { $speaker }
timeline-incident-label = Инцидент, { $date }, { $place }: { $figures }
timeline-bin-label = { $month } — инцидентов: { $incidents }, погибли: { $killed }, ранены: { $injured }. Выберите, чтобы увеличить.
timeline-month-more = { $month }: всего { $incidents ->
    [one] { $incidents } инцидент
    [few] { $incidents } инцидента
    [many] { $incidents } инцидентов
   *[other] { $incidents } инцидента
}. Все они — в таблице инцидентов ниже.
legend-statement = заявление с общим числом пострадавших
legend-statement-parts = заявление без общего числа: только число погибших и число раненых (точка — на высоте их суммы)
legend-killed = инцидент, в котором кто-то погиб
legend-injured = инцидент с ранеными, без погибших
place-not-stated = место не указано

filters-heading = Фильтры
filter-district = Район
filter-category = Кто пострадал
filter-device = Что взорвалось
filter-outcome = Исход
outcome-any = Любой
outcome-killed = Есть погибшие
outcome-injured = Есть раненые
filters-clear = Сбросить фильтры

details-heading = Подробности
details-empty = Выберите отметку на хронологии, чтобы увидеть здесь подробности.
details-close = Закрыть подробности
details-figures = Погибшие и раненые
details-who = Кто пострадал
details-activity = Чем были заняты
details-device = Что взорвалось
details-confidence = Насколько достоверно

charts-heading = Диаграммы за выбранный период
charts-intro = Здесь посчитаны только пострадавшие в задокументированных инцидентах выбранного периода, а не все пострадавшие по официальным данным.
chart-per-year = Пострадавшие по годам
chart-per-district = Пострадавшие по районам
chart-per-category = Пострадавшие по категориям (инцидент с пострадавшими двух категорий учтён в обеих)
chart-empty = В этой выборке нет задокументированных инцидентов.

table-heading = Выборка в виде таблицы
table-incidents-caption = Задокументированные инциденты в выборке: { $count }
table-cut = Показаны только первые { $shown } из { $count }. Сократите период или уточните фильтры, чтобы увидеть остальные.
table-statements-caption = Заявления об официальном числе пострадавших, сделанные в выбранный период
table-page-intro = Все задокументированные инциденты и все заявления об официальном числе пострадавших есть и на отдельной странице, вместе с источниками. Там их можно прочитать и распечатать, не пользуясь хронологией:
table-all-incidents-caption = Задокументированные инциденты: { $count }
table-all-statements-caption = Заявления об официальном числе пострадавших
table-page-back = Назад к статистике и хронологии
table-date = Дата
table-place = Место
table-killed = Погибли
table-injured = Ранены
table-who = Кто
table-device = Что взорвалось
table-sources = Источники
table-figures = Заявленные цифры
table-speaker = Кто заявил

context-heading = Мирные жители, загрязнение и разминирование
context-civilians = Мирные жители
context-contamination = Загрязнение
context-clearance = Разминирование
context-range = от { $low } до { $high } (оценки расходятся)
# One statement of a figure: $figure, who said it, when (a date or "date not stated").
context-said = { $figure } — { $speaker }, { $date }.
measure-civilian-share-of-killed-pct = Доля мирных жителей среди погибших
measure-mines-laid = Мины на загрязнённых территориях (оценки)
measure-mines-and-uxo = Мины и неразорвавшиеся боеприпасы вместе (оценка)
measure-mines-made-2021 = Найдено мин, произведённых, по заявлениям, в Армении в 2021 году (всего)
measure-mines-made-2021-kalbajar-lachin = Из них найдено в Кельбаджаре и Лачине
measure-mines-made-2021-karabakh = Из них найдено в Карабахском экономическом районе
measure-contaminated-area-km2 = Загрязнённая территория
measure-mined-area-km2 = Заминированная территория
measure-area-to-clear-km2 = Территория, которую ещё предстоит очистить
measure-share-of-country-pct = Какая доля территории страны загрязнена
measure-cleared-ha = Очищено земли
measure-items-found = Найдено мин и других взрывоопасных предметов
measure-ap-mines-found = Найдено противопехотных мин
measure-at-mines-found = Найдено противотанковых мин
measure-uxo-found = Найдено неразорвавшихся боеприпасов
qualifier-exact = { $value }
qualifier-about = около { $value }
# $harmony ("back" or "front") is the vowel of the Azerbaijani suffix after the number; Russian has none.
qualifier-more-than = { $harmony ->
   *[any] более { $value }
}
qualifier-nearly = почти { $value }
qualifier-or-slightly-more = { $value } или немного больше
unit-km2 = { $value } км²
unit-ha = { $value } га
unit-pct = { $value }%
unit-count = { $value }

## Слова файлов данных (src/model/vocab.rs).

district-aghdam = Агдам
district-aghdara = Агдере
district-fuzuli = Физули
district-gazakh = Газах
district-goranboy = Геранбой
district-gubadli = Губадлы
district-jabrayil = Джебраил
district-kalbajar = Кельбаджар
district-khojaly = Ходжалы
district-khojavend = Ходжавенд
district-lachin = Лачин
district-shahbuz = Шахбуз
district-shusha = Шуша
district-tartar = Тертер
district-yevlakh = Евлах
district-zangilan = Зангилан
district-not-stated = Район не указан
category-civilian = Мирный житель
category-farmer = Фермер или пастух
category-worker = Рабочий
category-journalist = Журналист
category-official = Госслужащий
category-military = Военнослужащий
category-police = Сотрудник полиции
category-border-guard = Пограничник
category-deminer = Сапёр
device-ap = Противопехотная мина
device-at = Противотанковая мина
device-mine = Мина, тип не указан
device-cluster = Кассетный боеприпас
device-uxo = Другой неразорвавшийся боеприпас
device-unknown = Не указано
activity-farming = Сельхозработы
activity-herding = Выпас скота
activity-construction = Строительство или восстановление
activity-demining = Разминирование
activity-duty = При исполнении обязанностей
activity-travel = В пути
activity-household = Домашние дела
activity-unknown = Не указано
confidence-confirmed = Сообщили два или более источника, и они совпадают
confidence-single-source = Сообщил один источник
confidence-approximate-date = Дата приблизительная
confidence-inferred-year = Год установлен косвенно
confidence-conflicting = Источники расходятся
confidence-minimum-count = Не меньше указанного: точного числа источники не приводят
confidence-stated = Как заявлено в источнике
confidence-inferred-date = Дата заявления определена по сообщению СМИ
