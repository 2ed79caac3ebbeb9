## The core rules: the call of the Public Council under ANAMA, 12 January 2026, as it
## worded them: its call names no phone number, so none is added to its words here.

core-rules-heading = Həyatınızı qoruyan dörd qayda
core-rule-cleared-areas = Yalnız icazə verilmiş və minalardan təmizlənmiş ərazilərdə gəzin və işləyin.
core-rule-warning-signs = Xəbərdarlıq nişanlarına ciddi yanaşın.
core-rule-unknown-objects = Naməlum əşyalara toxunmayın.
core-rule-report = Şübhəli əşya görsəniz, dərhal aidiyyəti qurumlara məlumat verin.
# $speaker: who said it; $date: when.
core-rules-attribution = Mənbə: { $speaker }, { $date }.

## Numbers to call (only numbers that published sources state). -short: the home page tiles.

numbers-heading = Zəng ediləcək nömrələr
number-112-name = Fövqəladə Hallar Nazirliyinin (FHN) "112" qaynar xətti
number-112-use = İstənilən təhlükədə, harada olursunuzsa olun. Zəng pulsuzdur: ev telefonundan da, mobil telefondan da, telefon-avtomatdan da. Nömrəniz bloklansa və ya balansınızda pul qalmasa belə, zəng gedir. ANAMA şübhəli əşya barədə 112 və ya 102 nömrəsinə məlumat verməyi xahiş edir.
number-102-name = Daxili İşlər Nazirliyinin (DİN) "102" Xidməti Zəng Mərkəzi (polis)
number-102-use = Şübhəli əşya barədə məlumat vermək üçün. Verdiyiniz məlumat ANAMA-ya ötürülür.
number-ambulance-name = Təcili tibbi yardım
number-ambulance-use = Kimsə yaralananda. Bakıda 103 nömrəsi işləyir. Başqa rayonlar üçün mənbələrdə həm 103, həm də 113 xidmətinin stansiyaları göstərilir. Olduğunuz yerdə hansı nömrənin işlədiyini dəqiq bilmirsinizsə, 112 nömrəsinə zəng edin.

## The home page at a glance: the three things to do on seeing a suspicious object, then
## apart the one thing to do inside a mined area.

glance-heading = Şübhəli əşya gördünüz: üç addım
glance-keep-away = Yaxınlaşmayın
glance-keep-away-text = Naməlum əşyalardan, nişan qoyulmuş, hasara alınmış və ya lentlə bağlanmış yerlərdən uzaq durun.
glance-do-not-touch = Toxunmayın
glance-do-not-touch-text = Şübhəli əşyaya heç vaxt toxunmayın, onu qaldırmayın, yerindən tərpətməyin.
glance-report = Məlumat verin
glance-report-text = Gəldiyiniz yolla geri qayıdın. Uzaqlaşandan sonra 112 və ya 102 nömrəsinə zəng edin.
glance-inside-lead = Minalanmış ərazinin içindəsiniz?
glance-inside = Yerinizdən tərpənməyin: 112 nömrəsinə zəng edin və köməyi gözləyin.
glance-inside-link = Nə etməli: addım-addım
number-112-short = Qaynar xətt
number-102-short = Polis
number-ambulance-short = Təcili yardım
