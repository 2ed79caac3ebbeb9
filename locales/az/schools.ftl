## The schools section: the teacher's guide, the quiz's frame, the slides and the posters.
## The lesson plans' order and minutes: src/model/lessons.rs.

# $ages is quiz-age-… below; $minutes a number.
lesson-title = { $ages } üçün dərs planı ({ $minutes } dəqiqə)
lesson-jump-label = Dərs planları
lesson-aims = Məqsədlər
lesson-steps = Dərsin gedişi
lesson-questions = Veriləcək suallar
lesson-watch-for = Nəyə diqqət etməli
lesson-slides = Bu dərsin slaydları:
lesson-minutes = { $minutes } dəq

lesson-everyone = bütün şagirdlər iştirak edir

lesson-6-11-aim-words = Üç sözü demək və hər birinin hərəkətini göstərmək: { child-rules-words }
lesson-6-11-aim-signs = Xəbərdarlıq nişanı, lent və ya adamların öz əli ilə qoyduğu nişan görəndə nə etmək lazım olduğunu göstərmək: dayanmaq, gəldiyi yolla geri qayıtmaq, böyüklərə demək.
lesson-6-11-aim-statue = Heykəl kimi durmağı göstərmək: artıq nişandan o yana keçəndə və ya kimsə yaralananda yerində durub ucadan böyükləri çağırmaq.
lesson-6-11-aim-map = Evə gedən yolunu çəkmək və xəritədə uzaq durmalı olduğu yerləri göstərmək.
lesson-6-11-aim-tell = Qəribə bir şey görəndə kimə deyəcəyini bilmək: iki böyüyün adını çəkmək.
lesson-6-11-step-start = Sakit başlanğıc
lesson-6-11-step-start-text = İmkan varsa, dairəvi oturun. Uşaqlardan soruşun: harada oynayırlar və orada oynamağa onlara kim icazə verib? Deyin ki, bu gün, küçədən keçməyi öyrəndiyimiz kimi, nə etməli olduğumuzu öyrənəcəyik, qorxmağa ehtiyac yoxdur. Yaralanan adamlar haqqında soruşmayın.
lesson-6-11-step-check-before = Yoxlama, dərsdən əvvəl
lesson-6-11-step-check-before-text = Yoxlamanı proyektorla ekrana verin və hər sualı ucadan oxuyun; uşaqlar əl qaldıraraq cavab versinlər. Deyin ki, bu imtahan deyil və heç kəsə qiymət yazılmır.
lesson-6-11-step-rules = Üç söz və onların hərəkətləri
lesson-6-11-step-rules-text = Uşaqlar üçün ilk slaydı göstərin: { child-rules-words } Hər söz üçün bir hərəkət öyrədin: “{ child-word-stop }” deyəndə əl yuxarı qalxır, “{ child-word-touch }” deyəndə əllər arxada gizlənir, “{ child-word-tell }” deyəndə barmaqla göstərilir. Sözləri deyib hərəkətləri üç dəfə birlikdə edin; sonra yalnız sözü deyin, sinif hərəkəti göstərsin; sonra yalnız hərəkəti göstərin, sinif sözü desin. Növbəti slaydda uşaqlar üçün qaydaları bir-bir oxuyun, sinif hər qaydaya uyğun hərəkətlə cavab versin.
lesson-6-11-step-signs = Nişanlar
lesson-6-11-step-signs-text = Nişanlar olan slaydları göstərin. Hər şəkildə bütün sinif üç hərəkətlə cavab versin. Sonra soruşun: nə etməliyik? Nişan qabaqdadırsa: dayan, gəldiyin yolla geri qayıt, böyüklərə de. Artıq nişandan o yana keçmisənsə: heykəl kimi yerində dur və ucadan böyükləri çağır. Nişan olmayan yerdə də təhlükə ola bilər: hündür otlar, kollar, dağılmış evlər.
lesson-6-11-step-map = Evə gedən yolum
lesson-6-11-step-map-text = Hər uşaq evdən məktəbə gedən yolunu və getdiyi yerləri çəksin: bağı, bulağı və ya quyunu, oynadığı yeri. Uzaq durmalı olduğu yerləri qırmızı rənglə çəksin: nişanları, lentləri, dağılmış evləri, hündür otları və kolları, tarlaların kənarını. Heç kəs heç yerə “təhlükəsizdir” yazmır: oynadığı yerə yalnız “Böyüklər deyib ki, burada oynamaq olar” yazır, o da yalnız böyüklər belə deyibsə. Xəritəni uşaq evə aparır və ailəsi ilə birlikdə yoxlayır.
lesson-6-11-step-statue = Heykəl oyunu və cüt-cüt rollu oyun
lesson-6-11-step-statue-text = Heykəl oyunu, 3 dəqiqə, iki əmrlə, “{ lesson-6-11-step-signs }” mərhələsində öyrəndiyimiz kimi: uşaqlar sinifdə gəzirlər. Siz qırmızı nişanı qaldırıb “Qabaqda nişan var!” deyəndə hamı əlini qaldırır, arxaya dönür, gəldiyi yolla üç addım geri gedir və barmaqla göstərib deyir: “Böyüklərə de!” Siz “Nişandan o yana keçmisən!” deyəndə hamı heykəl kimi yerində donub qalır və ucadan “Kömək edin! Böyüklər!” deyə çağırır; siz “Kömək gəldi” deyənə qədər heç kəs tərpənmir. İki əmri qarışıq verin. Sonra cüt-cüt, 5 dəqiqə: bir uşaq dost rolunu oynayır; bu dost bağda qəribə bir şeyi götürmək, elektrik dirəyinin yanındakı hündür otluqdan topu çıxarmaq və ya ailəsinin köhnə evinə girib baxmaq istəyir. O biri uşaq üç söz və onların hərəkətləri ilə onu dayandırır, sonra ikisi birlikdə böyüklərə deməyə gedirlər. Sonra rolları dəyişirlər.
lesson-6-11-step-thumbs = Baş barmaq yuxarı, ya aşağı
lesson-6-11-step-thumbs-text = “Veriləcək suallar” bölməsindəki cümlələri bir-bir ucadan oxuyun. Belə etmək düzdürsə, uşaqlar baş barmağı yuxarı qaldırsın, deyilsə, aşağı; sonra bir uşaqdan səbəbini soruşun. 6–11 yaş üçün viktorinada şəkilli başqa suallar da var: onları ailə ilə və ya başqa dərsdə cavablandırmaq olar.
lesson-6-11-step-check-after = Yoxlama, dərsdən sonra
lesson-6-11-step-check-after-text = Yoxlamanı yenidən edin: eyni suallar, eyni qaydada. Uşaqlara dərsin əvvəlində bilmədikləri nələri indi bildiklərini deyin və onları tərifləyin.
lesson-6-11-step-close = Evə aparın
lesson-6-11-step-close-text = Hər uşağa vərəqəni və evdə ailəsi ilə yoxlamaq üçün öz xəritəsini verin. Dərsi hamı birlikdə, hərəkətlərlə bitirsin: { child-rules-words }
lesson-6-11-question-ball = Topun elektrik dirəyinin yanındakı hündür otluğa diyirlənir. Onu götürmək üçün qaçıb otluğa girirsən. (Baş barmaq aşağı: topu orada qoy və böyüklərə de.)
lesson-6-11-question-garden = Nənənin bağında torpağı qazanda yerdə qəribə bir şey tapırsan. Dayanırsan, ona toxunmursan və nənənə deyirsən. (Baş barmaq yuxarı.)
lesson-6-11-question-water = Su gətirməyə gedəndə yolun üstündə lent çəkilib. Tez çatmaq üçün lentin altından keçirsən. (Baş barmaq aşağı: gəldiyin yolla geri qayıt və böyüklərə de.)
lesson-6-11-question-grave = Novruzda ailənin lap yanında qalırsan, heç vaxt tək başına otluğa və ya qəbirlərin arasına getmirsən. (Baş barmaq yuxarı.)
lesson-6-11-question-tell = Getməməli olduğun yerə getdin və orada qəribə bir şey gördün. Yenə də böyüklərə deyirsən. (Baş barmaq yuxarı: düzünü dediyinə görə heç kəs danlanmır.)
lesson-6-11-slides-note = 6–11 yaşlı uşaqlara yalnız bu slaydları göstərin: uşaqlar üçün üç söz, onların qaydaları və nişanlar. Təhlükəli vəziyyətlər və zəng ediləcək nömrələr haqqında slaydlar böyük şagirdlər üçündür: kiçik uşağın işi böyüklərə deməkdir.

lesson-12-17-aim-situations = Üç təhlükəli vəziyyətin hər birində nə etmək lazım olduğunu rollu oyunda göstərmək və hər birində niyə başqa cür davranmaq lazım olduğunu demək.
lesson-12-17-aim-say-no = Dostun mərcinə və ya təklifinə öz sözləri ilə “yox” demək, səbəbini demək və başqa bir şey təklif etmək.
lesson-12-17-aim-signs = Slaydlarda standart nişanı, adamların öz əli ilə qoyduğu nişanları və nişan olmayan yerdə təhlükənin əlamətlərini göstərmək.
lesson-12-17-aim-call = Hansı nömrəyə və nə vaxt zəng etmək lazım olduğunu demək: əşyadan uzaqlaşandan sonra; minalanmış ərazinin içində isə yerindən tərpənmədən.
lesson-12-17-step-check-before = Yoxlama, dərsdən əvvəl
lesson-12-17-step-check-before-text = Şagirdlər yoxlamanı telefonlarında etsinlər, ya da siz onu proyektorla ekrana verin və onlar əl qaldıraraq cavab versinlər. Ad yazılmır, qiymət qoyulmur: yoxlama sinfin dərsdən əvvəl nə bildiyini göstərir.
lesson-12-17-step-card = Sən nə edərdin?
lesson-12-17-step-card-text = Şagirdləri dörd nəfərlik qruplara bölün və hər qrupa bir kart oxuyun. “Əmioğlun deyir ki, kəndin o tərəfindəki köhnə fermada metal qırıntısından yaxşı pul qazanmaq olar, o, çoxlu metal olan yeri tanıyır.” “Dostların səninlə mərcə girir ki, çöldəki mərminin yanında durub video çəkə bilməzsən.” Hər qrupun nə edəcəyini və nə deyəcəyini razılaşdırmaq üçün iki dəqiqəsi var; sonra iki qrup sinfə danışır. Hələ düzəliş etməyin: bunu rollu oyunlar edəcək.
lesson-12-17-step-signs = Nişanlar və təhlükə əlamətləri
lesson-12-17-step-signs-text = Nişanlar haqqında üç slaydı göstərin. Soruşun: bu nişanlardan hansını özləri görüblər və harada: tarlaya gedən yolda, qəbiristanlığın yanında, elektrik dirəkləri boyunca gedən cığırda? Minalardan təmizlənmiş yol və ya adamların getdiyi cığır onun kənarındakı torpağın təhlükəsiz olduğunu göstərmir.
lesson-12-17-step-role-play = Üç təhlükəli vəziyyət, qruplarla oyun
lesson-12-17-step-role-play-text = Şagirdləri təxminən beş nəfərlik altı qrupa bölün; slaydlardakı hər vəziyyət iki qrupa verilir: bulağa gedən cığırda şübhəli əşya; inək otaran oğlan görür ki, nişandan o yana keçib və ətrafında otların arasında məftillər var; tarlasını şumlayan qonşu partlayışdan yaralanır. Bütün qruplar eyni vaxtda üç dəqiqə hazırlaşır. Sonra qruplar cüt-cüt birləşir, hər qrup öz səhnəsini o biri qrupa bir dəqiqə göstərir (bütün cütlər eyni vaxtda) və nəyin düz, nəyin səhv olduğunu deyirlər (dörd dəqiqə). Sonra bütün sinif hər vəziyyətdən bir səhnəyə baxır (üç dəqiqə), siz də düzgün cavabları təkrarlayırsınız (iki dəqiqə). Yaralı rolunu heç kəs oynamır: stul və ya “yaralı burada” yazılmış kart qoyulur; partlayış səsi çıxarılmır. Ailəsi zərər çəkmiş şagirdlər rollarını özləri seçir və ya sadəcə baxırlar. Minalanmış ərazinin içində düzgün cavab budur: yerində dur, başqalarını xəbərdar et, 112-yə zəng et və köməyi gözlə; heç kəs özü çıxmağa çalışmır. Yaralının yanına heç kəs qaçmır: olduğun yerdən 112-yə və təcili tibbi yardıma zəng et.
lesson-12-17-step-say-no = Dostlara “yox” demək
lesson-12-17-step-say-no-text = Cüt-cüt: biri israr edən dostu oynayır və dostların dediyi sözləri deyir: “Köhnə minadır, artıq işləmir.” “Nişan yoxdur, deməli, təhlükəsizdir.” “Orada mal otarırlar, deməli, təhlükəsizdir.” “Mən burada böyümüşəm, harasının təhlükəsiz olduğunu bilirəm.” “Əmim deyir ki, heç nə olmaz.” O biri öz sözləri ilə “yox” deyir, səbəbini deyir və başqa bir şey təklif edir: “Gəl qayıdaq və böyüklərə deyək.” Sonra rollarını dəyişirlər. Faktlar “{ page-rules-title }” səhifəsindəki yanlış fikirlərin yanındadır: torpağın təhlükəsiz olduğunu baxmaqla heç kəs bilə bilməz, “heç nə olmaz” deyən böyük də.
lesson-12-17-step-figures = Rəqəmlər, bir dəqiqə
lesson-12-17-step-figures-text = “{ page-statistics-title }” səhifəsinin yuxarısındakı son ümumi rəqəmi göstərin, onu kimin verdiyini və hansı tarixdən sayıldığını deyin. Bundan artıq heç nə: şəkil yox, ad yox, yaralananlar haqqında əhvalat yox.
lesson-12-17-step-quiz = Viktorinadan altı sual
lesson-12-17-step-quiz-text = 12–17 yaş üçün viktorinanın yoxlamada olmayan altı sualını sinifdə keçin (yolu xatırlamaq, ocaq, məftil, “cəsarətin çatmaz”, “harası təhlükəsizdir, bilirəm” və heyvan otarmaq barədə): şagirdlər cüt-cüt telefonda cavab verir, ya da suallar proyektorla ekrana verilir və şagirdlər əl qaldırır. Hər səhv cavabdan sonra soruşun: kimsə bu cavabı niyə seçə bilər? Qalan suallar ev tapşırığıdır.
lesson-12-17-step-check-after = Yoxlama, dərsdən sonra
lesson-12-17-step-check-after-text = Şagirdlər yoxlamanı yenidən etsinlər: eyni suallar, eyni qaydada. Sinfə dərsin əvvəlindən bəri nəyin dəyişdiyini göstərin.
lesson-12-17-step-close = Ev tapşırığı və vərəqələr
lesson-12-17-step-close-text = Vərəqələri paylayın. Ev tapşırığı: viktorinanı evdə bitirmək və ailə üzvlərindən birinə “Sən nə edərdin?” kartlarındakı suallardan birini vermək. Məktəbdə uşaqlar üçün plakatı və “{ poster-stop-title }” plakatını asın; vərəqələr şagirdlərin və ailələrinin evə aparması üçündür.
lesson-12-17-question-go-back = “Gəldiyin yolla geri qayıt” nə vaxt düzgündür, nə vaxt isə yerində durub köməyi gözləmək lazımdır?
lesson-12-17-question-rescuers = Minadan yaralanan adamın yanına niyə heç kim qaçmamalıdır?
lesson-12-17-question-call = Hansı nömrəyə zəng etməlisən və zəng edəndə harada olmalısan?
lesson-12-17-question-no-sign = “Nişan yoxdur” niyə “təhlükəsizdir” demək deyil?
lesson-12-17-question-grown-up = Qonşu deyir: “Keçən il o tarlanı şumlamışam, heç nə olmayıb.” Ona nə deyərsən?
lesson-12-17-slides-note = 12–17 yaş üçün: əsas qaydalar, nişanlar, minaların ən çox olduğu yerlər (yollar, cığırlar, su mənbələri, elektrik dirəklərinin ətrafı, bağlar, evlər, qəbiristanlıqlar), üç təhlükəli vəziyyət və zəng ediləcək nömrələr. Minalanmış ərazinin içində slaydlar bir cavab öyrədir: yerində dur və gözlə; böyüklər üçün olan yeganə istisna ancaq “{ page-emergency-title }” səhifəsində verilir.

watch-no-technical = Şagirdlər minanın necə işlədiyini və ya onu necə zərərsizləşdirməyi soruşsalar, deyin ki, bu, minaaxtaranların işidir. Heç bir yaş qrupuna minalar və hərbi sursat haqqında texniki məlumat verməyin: əşyaların nə olduğunu yox, nə etmək lazım olduğunu öyrədin (UNICEF-in fövqəladə vəziyyətlərdə mina təhlükəsinə dair maarifləndirmə təlimatı bunu uşaqlar üçün məsləhət görür).
watch-copy-adults = Uşaqlar böyüklərin davranışını təkrarlayır. UNICEF-in Ukrayna nümayəndəliyi bildirir ki, uşaqlar təhlükəni çox vaxt bilirlər, amma buna uyğun davranmaya bilərlər, qaydaları pozan böyükləri də təqlid edə bilərlər. Qaydalara özünüz əməl edin və ailələrdən də bunu xahiş edin.
watch-one-words = Kiçik uşaqlarla dərsin hər mərhələsində yalnız bu sözləri işlədin: { child-rules-words } Slaydlarda, plakatlarda və viktorinada da eyni sözlər işlənir ki, uşaqlar hər yerdə eyni sözləri eşitsinlər (UNICEF-in fövqəladə vəziyyətlərdə mina təhlükəsinə dair maarifləndirmə təlimatı).
watch-one-message = Saytdakı və rəsmi müraciətlərdəki sözlərdən istifadə edin ki, şagirdlər harada eşitsələr də, eyni qaydaları eşitsinlər (UNICEF-in fövqəladə vəziyyətlərdə mina təhlükəsinə dair maarifləndirmə təlimatı).
watch-no-objects = Sinfə heç vaxt əsl sursat və ya yerdən tapılmış heç bir əşya gətirməyin. Saytdakı şəkillərdən istifadə edin.
watch-map-not-safe = Uşağın xəritəsi minaların harada olduğunu yox, uşağın nə bildiyini göstərir. Xəritədəki heç bir yer haqqında “təhlükəsizdir” deməyin və yazmayın, xəritələri kəndin xəritəsi kimi divardan asmayın. Evini çəkmək istəməyən uşaq məktəbi və məktəbə gedən yolu çəkə bilər.
watch-knowing-not-doing = Qaydaları bilmək kifayət deyil: UNICEF-in 2024-cü ildə Ukraynada apardığı araşdırmada 10–17 yaşlı yeniyetmələrin 97 faizi mina təhlükəsizliyi qaydalarını bildiyini desə də, 53 faizi riskli davranırdı, ən çox da 14–17 yaşlı oğlanlar (62 faiz). Buna görə bu dərsdə şagirdlər sadəcə dinləmir, nə edəcəklərini və dostlarına nə deyəcəklərini məşq edirlər.
watch-stand-still = Minalanmış ərazinin içində bir cavab öyrədin: yerində dur, başqalarını xəbərdar et, 112-yə zəng et və köməyi gözlə. Yeganə istisna, öz ayaq izlərinlə geri qayıtmaq, böyüklər üçündür və “{ page-emergency-title }” səhifəsində qalır: dərsdə onu öyrətməyin.

guide-notes-heading = Hər iki dərs üçün müəllimə qeydlər
guide-note-disclosure = Şagird kiminsə ölümündən və ya yaralanmasından danışsa
guide-note-disclosure-before = Dərsdən əvvəl məktəbdən soruşun: hansı şagirdlər yaxınını itirib və ya özü, yaxud qohumu yaralanıb, məktəbin psixoloqu kimdir? Bu şagirdlərin ailələrinə dərs haqqında əvvəlcədən xəbər verin.
guide-note-disclosure-during = Şagird dərsdə kiminsə ölümündən və ya yaralanmasından danışsa: ona təşəkkür edin, sakitcə dinləyin, təfərrüat soruşmayın, sinfin ona sual verməsinə imkan verməyin və dərsi yumşaq şəkildə davam etdirin. Ehtiyacı olan uşaq kiminləsə birlikdə sinifdən çıxa bilər.
guide-note-disclosure-after = Dərsdən sonra uşaqla təkbətək danışın, ailəsinə xəbər verin və uşağı məktəb psixoloquna yönləndirin.
guide-note-disclosure-never = Heç vaxt şagirdi və ya onun qohumunu misal gətirməyin, şagirdlərdən tanıdıqları yaralanmış adamlar haqqında danışmağı istəməyin.
guide-note-disclosure-drawing = Baş verənləri çəkmək və ya danışmaq olar, amma heç vaxt məcburi deyil.
guide-note-disclosure-support = Beynəlxalq Qızıl Xaç Komitəsi (BQXK) Azərbaycan Qızıl Aypara Cəmiyyəti ilə birlikdə Azərbaycanda müəllimlərə və şagirdlərə ilk yardım, təhlükəsiz davranış və psixoloji-sosial dəstək üzrə təlimlər keçib: məktəbinizdən soruşun, bəlkə həmkarlarınızdan biri bu təlimdə iştirak edib və kömək edə bilər.
guide-note-object-at-home = Şagird evdə mərmi olduğunu deyirsə
guide-note-object-at-home-what = Şagird ailəsindən kiminsə və ya dostunun evdə mərmi, ya da şübhəli əşya saxladığını deyirsə: heç kəsi baxmağa göndərməyin, özünüz də getməyin. 102 və ya 112 nömrəsinə zəng edib eşitdiyinizi deyin və ailəyə xəbər verin. Şagirdə təşəkkür edin və deyin ki, dediyi üçün onu heç kim danlamayacaq.
guide-note-disability = Əlilliyi olan uşaqlar
guide-note-disability-deaf = Eşitməyən və ya zəif eşidən uşaqlar: hərəkətlərlə və şəkilli kartlarla öyrədin (uşaqlar üçün ilk slaydı çap edin), üzünüzü görə biləcəkləri yerdə durun, heykəl oyununda iki əmrlə yanaşı iki kart da göstərin: “Qabaqda nişan var!” üçün qırmızı nişanı, “Nişandan o yana keçmisən!” üçün heykəl şəklini.
guide-note-disability-blind = Görməyən və ya zəif görən uşaqlar: hər slaydı və kartı ucadan oxuyun, hər nişanı təsvir edin (forması, rəngi, üzərində nə çəkildiyi) və onlara kənarlarını əllə hiss edə biləcəkləri böyük kartlar verin (kənarına ip və ya karton yapışdırın). Belə uşaq xəritəni çəkmək əvəzinə evə gedən yolunu dostuna danışa bilər, dostu da onu çəkər.
guide-note-disability-seated = Əlil arabasından istifadə edən və ya çətin hərəkət edən uşaqlar: heykəl oyununu oturaraq oynayın, bütün sinif onlarla birlikdə; hamı oturduğu yerdə donur.
guide-note-disability-three-rules = Əqli inkişafda çətinliyi olan uşaqlar: yalnız üç qaydanı, yəni üç sözü hərəkətləri ilə birlikdə öyrədin və onları hər dərsdə təkrar edin: { child-rules-words }
guide-note-disability-ask = Uşaqdan və ailəsindən nəyin daha çox kömək etdiyini soruşun və kartları onlarla birlikdə hazırlayın.
guide-note-later = Bir aydan sonra
guide-note-later-repeat = Dərsdən bir ay sonra beş dəqiqə ayırın: 6–11 yaş üçün üç söz və onların hərəkətləri, 12–17 yaş üçün bir “Sən nə edərdin?” kartı, sonra yoxlamanı bir daha edin.

## The quiz's frame. The questions are in quiz.ftl.

quiz-choose = Yaş qrupunu seç
quiz-age-6-11 = 6–11 yaş
quiz-age-12-17 = 12–17 yaş
quiz-count = { $count } sual
quiz-needs-js = Bu telefonda viktorina açılmırsa, bütün suallar və cavablar aşağıdakı siyahılardadır.
quiz-private = Cavabların bu cihazdan kənara çıxmır: heç yerə göndərilmir, heç yerdə saxlanılmır.
quiz-progress = Sual { $number } / { $total }
quiz-mark-right = düzgün cavab
quiz-mark-wrong = səhv cavab
quiz-mark-chosen = sənin cavabın
quiz-verdict-right = Düzdür!
quiz-verdict-wrong = Tam düz deyil.
quiz-right-answer = Düzgün cavab:
quiz-your-answer = Sənin cavabın:
quiz-next = Növbəti sual
quiz-finish = Nəticəni gör
quiz-results = Nəticən
quiz-score = { $total } sualdan { $right } suala düzgün cavab verdin.
quiz-all-right = Bütün cavabların düzdür. Afərin! İndi qaydaları ailənə də danış.
quiz-review = Yenidən baxılacaq suallar
quiz-again = Yenidən başla
quiz-other-age = Başqa yaş qrupunu seç
quiz-key-6-11 = Bütün suallar və cavablar, 6–11 yaş
quiz-key-12-17 = Bütün suallar və cavablar, 12–17 yaş

## The classroom slides.

slides-opening = Yaxınlaşmayın. Toxunmayın. Məlumat verin.
# The children's opening slide: a gesture for each of their three words.
slide-child-gestures = Əllərinlə göstər: əl yuxarı, dayan. Əllər arxada, toxunma. Barmaqla göstər, böyüklərə de.
slide-child-rules = Bizim qaydalarımız
# On the slide of someone injured, instead of the emergency page's account of Chirag.
slide-situation-injured-remember = Kömək etməyə gedənlər, o cümlədən təlim keçmiş adamlar da yaralanıb. Olduğun yerdə qal: kömək gələcək.
slides-deck = təqdimat
slides-slide = slayd
slides-position = Slayd { $number } / { $total }
slides-previous = Əvvəlki
slides-next = Növbəti
slides-full-screen = Tam ekran
slides-leave-full-screen = Tam ekrandan çıx
slides-go-to = Slayda keçid
slides-needs-js = Bu cihazda slaydlar dəyişmirsə, onlar səhifədə bir-birinin ardınca gəlir.
slides-keys = Növbəti: → və ya Space və ya PageDown. Əvvəlki: ← və ya PageUp. Birinci və sonuncu: Home və End. Tam ekrandan çıxmaq: Esc.

## The posters.

posters-help = Hər plakat saytın qalan hissəsi olmadan bir A4 vərəqində çap olunur. Hamısını brauzerin “Çap et” əmri ilə, ya da hər birini öz düyməsi ilə ayrıca çap edin.
posters-list = Bu səhifədəki plakatlar
posters-print-one = Bu plakatı çap et
poster-rules = Vərəqə: təhlükəsizlik qaydaları
poster-signs = Vərəqə: xəbərdarlıq nişanları
poster-emergency = Vərəqə: təhlükə anında nə etməli
poster-handout = Ailələr üçün vərəqə
poster-children = Uşaqlar üçün plakat: Dayan, toxunma, böyüklərə de
poster-stop = Plakat: bunlar DAYAN deməkdir
poster-rules-title = Minalar və partlamamış hərbi sursat: özünüzü qoruyun
poster-signs-title = Bu nişanlar təhlükə deməkdir: dayanın, irəli getməyin
poster-signs-remember = Nişan olmasa da, orada təhlükə ola bilər.
poster-emergency-title = { page-emergency-title }
poster-handout-title = Mina təhlükəsizliyi: bütün ailə üçün
poster-stop-title = Bunlar DAYAN deməkdir
poster-stop-no-sign = Nişan olmasa da, orada təhlükə ola bilər.
poster-parents = Valideynlər üçün
poster-parents-play = Uşaqla onun harada oynaya biləcəyi barədə razılaşın.
poster-parents-example = Qaydalara özünüz də əməl edin: uşaqlar böyükləri təqlid edir.
poster-parents-where = Deyin ki, təhlükəli şeylər harada ola bilər: otluqda, kolda, ağacda.
poster-parents-listen = Uşaq sizə nəsə deyəndə qulaq asın, danlamayın.
poster-handout-children = Uşaqlarla birlikdə oxumaq üçün
poster-handout-emergency = Şübhəli əşya: dayanın, gəldiyiniz yolla geri qayıdın, uzaqlaşandan sonra 112 və ya 102 nömrəsinə zəng edin. Minalanmış ərazinin içində: yerinizdə durun, 112-yə zəng edin, gözləyin. Kimsə yaralanıb: oraya girməyin; 112-yə zəng edin. Bütün addımlar “{ page-emergency-title }” səhifəsindədir.

## The code printed on each poster and on the handout: a phone's camera opens the page.
poster-qr-scan = Bu səhifəni açmaq üçün telefonun kamerasını koda tutun.
poster-qr-label = Bu səhifənin ünvanı olan QR kod
