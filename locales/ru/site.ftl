## The frame of every page: names, navigation, footer.

site-name = Минная безопасность
site-title = { site-name }: как уберечься от мин и неразорвавшихся боеприпасов
# This language's name, written in this language (shown in the language switch).
language-name = Русский
lang-switch-label = Язык
nav-label = Разделы
skip-to-content = Перейти к содержанию
footer-privacy = Всё, что вы делаете на сайте, остаётся на вашем устройстве, если вы сами это не отправите.
footer-sources-link = Источники, методика и конфиденциальность
see-sources = Все источники

nav-home = Главная
nav-rules = Правила
nav-signs = Знаки
nav-emergency = Что делать
nav-statistics = Статистика
nav-schools = Школам
nav-sources = Источники

## Each page: its heading and its one-line summary (also the search-engine description).

page-home-title = Как уберечься от мин
page-home-summary = Для тех, кто живёт, работает или бывает там, где есть мины, и для школ: правила безопасности, предупреждающие знаки, что делать в опасной ситуации и куда звонить.
page-rules-title = Правила безопасности
page-rules-summary = Правила для взрослых, которые живут, работают в поле, строят или ездят в районах, затронутых минами, и простой вариант для детей.
page-signs-title = Предупреждающие знаки
page-signs-summary = Стандартный знак минной опасности, самодельные знаки, которые оставляют местные жители, и признаки опасности там, где знаков нет.
page-emergency-title = Что делать в опасной ситуации
page-emergency-summary = Что делать, если вы увидели подозрительный предмет, поняли, что находитесь на заминированной территории, или кто-то ранен, и куда звонить.
page-statistics-title = Статистика инцидентов
page-statistics-summary = Официальные данные о том, сколько человек погибли или получили ранения от мин и неразорвавшихся боеприпасов с ноября 2020 года, и хронология задокументированных инцидентов. Для каждой цифры и каждого инцидента указан источник.
page-statistics-table-title = Все инциденты и заявления
page-statistics-table-summary = Две таблицы с источниками: все задокументированные инциденты и все заявления об официальном числе погибших и раненых от мин и неразорвавшихся боеприпасов с ноября 2020 года. Их можно прочитать и распечатать, не пользуясь хронологией.
page-schools-title = Для школ
page-schools-summary = Методическое пособие для учителей детей 6–11 и 12–17 лет: викторина, презентация для класса и плакаты для печати.
page-quiz-title = Викторина
page-quiz-summary = Вопросы о реальных ситуациях с объяснением после каждого ответа. Ответы остаются на вашем устройстве.
page-classroom-title = Презентация для класса
page-classroom-summary = Полноэкранные слайды для проектора: главные правила, предупреждающие знаки и три опасные ситуации.
page-posters-title = Плакаты и памятки
page-posters-summary = Плакаты A4 с правилами, знаками и порядком действий, а также одностраничная памятка для печати.
page-check-title = Проверка до и после урока
page-check-summary = Восемь коротких вопросов, на которые класс отвечает в начале урока и в конце, чтобы увидеть, что изменилось: на телефонах учеников или на проекторе, поднятыми руками.
page-family-title = Для семей
page-family-summary = Как говорить с детьми о минах в каждом возрасте, чему взрослые учат своим примером и о каких правилах договориться дома.
page-sources-title = Источники и методика
page-sources-summary = Откуда взяты все факты и цифры на сайте, как готовятся материалы и как сайт защищает ваши данные.

home-pages-heading = На сайте
schools-tools-heading = Материалы для урока

## The not-found page shows every language; its document title names all three.

not-found-document-title = Səhifə tapılmadı · Page not found · Страница не найдена
not-found-title = Страница не найдена
not-found-text = По этому адресу страницы нет. Правила безопасности — на главной странице.
not-found-home-link = Перейти на главную страницу на русском

## Dates. $day and $year are digits; $month is a name below.

date-day-month-year = { $day } { $month } { $year } г.
date-month-year = { $month } { $year } г.
date-year = { $year } г.
# Month names on their own ("май 2025 г.").
month-1 = январь
month-2 = февраль
month-3 = март
month-4 = апрель
month-5 = май
month-6 = июнь
month-7 = июль
month-8 = август
month-9 = сентябрь
month-10 = октябрь
month-11 = ноябрь
month-12 = декабрь
# Month names after a day number, genitive ("29 мая 2025 г.").
month-of-1 = января
month-of-2 = февраля
month-of-3 = марта
month-of-4 = апреля
month-of-5 = мая
month-of-6 = июня
month-of-7 = июля
month-of-8 = августа
month-of-9 = сентября
month-of-10 = октября
month-of-11 = ноября
month-of-12 = декабря

# Month names on their own at the start of a sentence or a heading ("Июнь 2025 г.: …").
month-start-1 = Январь
month-start-2 = Февраль
month-start-3 = Март
month-start-4 = Апрель
month-start-5 = Май
month-start-6 = Июнь
month-start-7 = Июль
month-start-8 = Август
month-start-9 = Сентябрь
month-start-10 = Октябрь
month-start-11 = Ноябрь
month-start-12 = Декабрь

# Shown when a newer version of the site has been downloaded for offline use.
update-ready = Загружена новая версия сайта.
update-reload = Показать новую версию
update-later = Позже
share-page = Поделиться этой страницей
# While the service worker downloads the site, then once it holds every file.
offline-saving = Сайт сохраняется на этом телефоне. Готово файлов: { $done } из { $total }.
offline-saved = Сайт сохранён на этом телефоне: он открывается и без интернета.

# The picture a messenger shows under a link to the site (static/previews/, drawn by
# `make previews` from site-name and page-home-title), described for those who do not see it.
preview-image-alt = Предупреждающий треугольник с восклицательным знаком на тёмно-красном фоне и надпись белыми буквами: «{ site-name }. { page-home-title }».
