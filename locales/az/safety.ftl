## The core rules: the call of the Public Council under ANAMA, 12 January 2026.

core-rules-heading = Həyatı qoruyan dörd qayda
core-rule-cleared-areas = Yalnız icazə verilmiş və minalardan təmizlənmiş ərazilərdə olun və işləyin.
core-rule-warning-signs = Hər xəbərdarlıq nişanına ciddi yanaşın.
core-rule-unknown-objects = Heç bir naməlum əşyaya toxunmayın.
core-rule-report = Şübhəli əşya görsəniz, dərhal aidiyyəti qurumlara xəbər verin.
# $speaker: who said it; $date: when.
core-rules-attribution = Mənbə: { $speaker }, { $date }.

## Numbers to call (only numbers that published sources state). -short: the home page tiles.

numbers-heading = Zəng ediləcək nömrələr
number-112-name = Təhlükə xətti (Fövqəladə Hallar Nazirliyi)
number-112-use = İstənilən təhlükə zamanı. ANAMA şübhəli əşyalar barədə 112 və ya 102 nömrəsinə xəbər verməyi xahiş edir.
number-102-name = Polis (Daxili İşlər Nazirliyi)
number-102-use = Şübhəli əşya barədə xəbər vermək üçün: polisin çağrı mərkəzi belə zəngləri ANAMA-ya ötürür.
number-113-name = Təcili tibbi yardım
number-113-use = Kimsə yaralananda.

## The home page at a glance: the three things to do.

glance-heading = Üç əsas qayda
glance-keep-away = Yaxınlaşmayın
glance-keep-away-text = Naməlum əşyalardan, nişanlanmış və ya hasarlanmış ərazilərdən uzaq durun.
glance-do-not-touch = Toxunmayın
glance-do-not-touch-text = Şübhəli əşyaya heç vaxt toxunmayın, onu qaldırmayın və yerindən tərpətməyin.
glance-report = Xəbər verin
glance-report-text = Gəldiyiniz yolla geri qayıdın və 112 və ya 102 nömrəsinə zəng edin.
number-112-short = Təhlükə
number-102-short = Polis
number-113-short = Təcili yardım
