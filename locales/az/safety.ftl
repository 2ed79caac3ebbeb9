## The core rules: the call of the Public Council under ANAMA, 12 January 2026.

core-rules-heading = Həyatı qoruyan dörd qayda
core-rule-cleared-areas = Yalnız icazə verilmiş və minalardan təmizlənmiş ərazilərdə olun və işləyin.
core-rule-warning-signs = Hər xəbərdarlıq nişanına ciddi yanaşın.
core-rule-unknown-objects = Heç bir naməlum əşyaya toxunmayın.
core-rule-report = Şübhəli əşya görsəniz, dərhal aidiyyəti qurumlara xəbər verin.
# $speaker: who said it; $date: when.
core-rules-attribution = Mənbə: { $speaker }, { $date }.

## Numbers to call (only numbers that published sources state).

numbers-heading = Zəng ediləcək nömrələr
number-112-name = Təhlükə xətti (Fövqəladə Hallar Nazirliyi)
number-112-use = İstənilən təhlükə zamanı. ANAMA şübhəli əşyalar barədə 112 və ya 102 nömrəsinə xəbər verməyi xahiş edir.
number-102-name = Polis (Daxili İşlər Nazirliyi)
number-102-use = Şübhəli əşya barədə xəbər vermək üçün: polisin çağrı mərkəzi belə zəngləri ANAMA-ya ötürür.
number-113-name = Təcili tibbi yardım
number-113-use = Kimsə yaralananda.

## Who said it: the bodies the sources quote.

speaker-anama-public-council = ANAMA yanında İctimai Şura
speaker-anama = ANAMA, Azərbaycan Respublikası Minatəmizləmə Agentliyi
speaker-mes = Fövqəladə Hallar Nazirliyi
