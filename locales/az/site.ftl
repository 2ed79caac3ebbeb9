## The frame of every page: names, navigation, footer.

site-name = Mina təhlükəsizliyi
site-title = { site-name }: minalardan və partlamamış hərbi sursatdan necə qorunmalı
# This language's name, written in this language (shown in the language switch).
language-name = Azərbaycanca
lang-switch-label = Dil
nav-label = Bölmələr
skip-to-content = Məzmuna keç
footer-privacy = Özünüz göndərməsəniz, bu saytda etdiyiniz heç bir şey cihazınızdan kənara ötürülmür.
footer-sources-link = Mənbələr, metod və məxfilik
see-sources = Bütün mənbələr

nav-home = Ana səhifə
nav-rules = Qaydalar
nav-signs = Nişanlar
nav-emergency = Nə etməli
nav-statistics = Statistika
nav-schools = Məktəblər
nav-sources = Mənbələr

## Each page: its heading and its one-line summary (also the search-engine description).

page-home-title = Minalardan necə qorunmalı
page-home-summary = Minalanmış ərazilərdə yaşayan, işləyən və ya yol gedənlər, bir də məktəblər üçün: təhlükəsizlik qaydaları, xəbərdarlıq nişanları, təhlükə anında nə etməli və hara zəng etməli.
page-rules-title = Təhlükəsizlik qaydaları
page-rules-summary = Təhlükəli ərazilərdə yaşayan, əkin-biçinlə məşğul olan, tikintidə işləyən və ya yol gedən böyüklər üçün qaydalar, uşaqlar üçün isə sadə qaydalar.
page-signs-title = Xəbərdarlıq nişanları
page-signs-summary = Standart mina xəbərdarlıq nişanı, adamların öz əli ilə qoyduğu nişanlar və heç bir nişan olmayan yerdə təhlükənin əlamətləri.
page-emergency-title = Təhlükə anında nə etməli
page-emergency-summary = Şübhəli əşya görsəniz, minalanmış ərazidə olduğunuzu başa düşsəniz və ya kimsə yaralansa, nə etməli və hansı nömrəyə zəng etməli.
page-statistics-title = Mina hadisələrinin statistikası
page-statistics-summary = 2020-ci ilin noyabrından bəri minalardan və partlamamış hərbi sursatdan həlak olan və yaralananlar barədə rəsmi rəqəmlər, bir də sənədləşdirilmiş hadisələrin xronologiyası. Hər rəqəmin və hər hadisənin mənbəyi göstərilib.
page-statistics-table-title = Bütün hadisələr və açıqlamalar
page-statistics-table-summary = İki cədvəl, mənbələri ilə. Birində sənədləşdirilmiş bütün hadisələr, o birində 2020-ci ilin noyabrından bəri minalardan və partlamamış hərbi sursatdan həlak olan və yaralananların rəsmi ümumi sayı barədə bütün açıqlamalar var. Onları xronologiyaya baxmadan oxumaq və çap etmək olar.
page-schools-title = Məktəblər üçün
page-schools-summary = 6–11 və 12–17 yaşlı uşaqların müəllimləri üçün dərs bələdçisi: viktorina, sinif təqdimatı və çap üçün plakatlar.
page-quiz-title = Viktorina
page-quiz-summary = Həyatda ola biləcək vəziyyətlər barədə suallar, hər cavabdan sonra izahı ilə. Cavablar cihazınızda qalır.
page-classroom-title = Sinif təqdimatı
page-classroom-summary = Proyektor üçün tam ekran slaydlar: əsas qaydalar, xəbərdarlıq nişanları və üç təhlükəli vəziyyət.
page-posters-title = Plakatlar və paylama materialları
page-posters-summary = Qaydalar, nişanlar və təhlükə anında addımlar barədə A4 plakatlar və çap üçün bir səhifəlik vərəqə.
page-check-title = Dərsdən əvvəl və sonra yoxlama
page-check-summary = Sinif dərsin əvvəlində və sonunda cavab verdiyi səkkiz qısa sual: nəyin dəyişdiyini görmək üçün. Şagirdlərin telefonunda və ya proyektorda, əl qaldırmaqla.
page-family-title = Ailələr üçün
page-family-summary = Uşaqlarla hər yaşda minalar barədə necə danışmalı, böyüklər öz nümunələri ilə nə öyrədir və evdə hansı qaydalarda razılaşmalı.
page-sources-title = Mənbələr və metod
page-sources-summary = Saytdakı hər fakt və rəqəmin haradan götürüldüyü, məzmunun necə hazırlandığı və məxfiliyinizin necə qorunduğu.

home-pages-heading = Saytda
schools-tools-heading = Dərs üçün vasitələr

## The not-found page shows every language; its document title names all three.

not-found-document-title = Səhifə tapılmadı · Page not found · Страница не найдена
not-found-title = Səhifə tapılmadı
not-found-text = Bu ünvanda səhifə yoxdur. Təhlükəsizlik qaydaları ana səhifədədir.
not-found-home-link = Azərbaycanca ana səhifəyə keçin

## Dates. $day and $year are digits; $month is a name below.

date-day-month-year = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-year = { $year }
# Month names on their own ("may 2025").
month-1 = yanvar
month-2 = fevral
month-3 = mart
month-4 = aprel
month-5 = may
month-6 = iyun
month-7 = iyul
month-8 = avqust
month-9 = sentyabr
month-10 = oktyabr
month-11 = noyabr
month-12 = dekabr
# Month names after a day number ("29 may 2025").
month-of-1 = yanvar
month-of-2 = fevral
month-of-3 = mart
month-of-4 = aprel
month-of-5 = may
month-of-6 = iyun
month-of-7 = iyul
month-of-8 = avqust
month-of-9 = sentyabr
month-of-10 = oktyabr
month-of-11 = noyabr
month-of-12 = dekabr

# Month names on their own at the start of a sentence or a heading ("İyun 2025: …").
month-start-1 = Yanvar
month-start-2 = Fevral
month-start-3 = Mart
month-start-4 = Aprel
month-start-5 = May
month-start-6 = İyun
month-start-7 = İyul
month-start-8 = Avqust
month-start-9 = Sentyabr
month-start-10 = Oktyabr
month-start-11 = Noyabr
month-start-12 = Dekabr

# Shown when a newer version of the site has been downloaded for offline use.
update-ready = Saytın yeni versiyası yükləndi.
update-reload = Yeni versiyanı göstər
update-later = Sonra
share-page = Bu səhifəni paylaş
# While the service worker downloads the site, then once it holds every file.
offline-saving = Sayt bu telefonda saxlanılır: { $total } fayldan { $done } fayl hazırdır.
offline-saved = Bu sayt bu telefonda saxlanılıb: internet olmadan da açılır.

# The picture a messenger shows under a link to the site (static/previews/, drawn by
# `make previews` from site-name and page-home-title), described for those who do not see it.
preview-image-alt = Tünd qırmızı fonda nida işarəli xəbərdarlıq üçbucağı və ağ hərflərlə yazı: “{ site-name }. { page-home-title }”.
