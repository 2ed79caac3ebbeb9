## The emergency page: three situations, each with numbered steps (src/model/safety.rs).

emergency-jump-label = Bu səhifədəki vəziyyətlər
situation-object = Şübhəli əşya gördünüz
situation-object-when = Yolda və ya cığırda bir şey görürsünüz. Bu, mina, mərmi və ya başqa naməlum əşya ola bilər.
situation-object-stop = Dayanın. Daha yaxına getməyin.
situation-object-do-not-touch = Ona toxunmayın, onu qaldırmayın, yerindən tərpətməyin, təpikləməyin. Ona heç nə atmayın, üstünü də örtməyin.
situation-object-no-fire = Onun yaxınlığında ocaq qalamayın.
situation-object-warn = Ətrafdakı adamları xəbərdar edin və oradan uzaqlaşdırın. Adamların yığışmasına imkan verməyin.
situation-object-go-back = Gəldiyiniz yolla qayıdın və əşyadan xeyli uzaqlaşın.
situation-object-mark = Bunu etmək təhlükəsizdirsə, yeri uzaqdan görünən bir işarə ilə göstərin. Yaxınlıqda gözə çarpan bir şeyi (ağac, dirək, bina) yadda saxlayın ki, əşyanın harada olduğunu deyə biləsiniz.
situation-object-report = Uzaqlaşandan sonra 112 və ya 102 nömrəsinə zəng edin. Nə gördüyünüzü və harada olduğunu dəqiq deyin. Mütəxəssisləri gözləyin və yeri onlara göstərin.
situation-object-remember = Bir əşya olan yerdə başqaları da ola bilər.
situation-minefield = Minalanmış ərazidə olduğunuzu başa düşdünüz
situation-minefield-when = Ətrafınızda mina, xəbərdarlıq nişanı və ya tələ məftili (yerə yaxın gərilmiş nazik məftil) görürsünüz, ya da yaxınlıqda partlayış olub.
situation-minefield-stop = Dərhal dayanın. Yerinizdə durun, ayaqlarınızı tərpətməyin.
situation-minefield-warn = Ətrafdakılara ucadan deyin ki, onlar da dayansınlar. Kömək çağırın, amma heç kimi yanınıza buraxmayın. Maşındasınızsa, maşını saxlayın və siqnal verin.
situation-minefield-look = Yerinizdən tərpənmədən ətrafa baxın: mina, tələ məftili, xəbərdarlıq nişanı varmı? Təhlükəsiz olduğunu bildiyiniz ən yaxın yeri də gözünüzlə tapın: asfalt yol, hamının getdiyi cığır, beton və ya dəmir tikili.
situation-minefield-call = Telefonunuz varsa, 112 nömrəsinə zəng edin və harada olduğunuzu deyin.
situation-minefield-wait = Kömək gələnə qədər gözləyin. Özünüz çıxmağa çalışmayın. Torpağı çubuqla və ya başqa bir şeylə yoxlamayın.
situation-minefield-footprints = Yalnız bir halda özünüz geri qayıda bilərsiniz: öz ayaq izlərinizi (qarda, qumda və ya yaş palçıqda) aydın görürsünüzsə. Onda ayağınızı dəqiq öz izlərinizin üstünə basaraq qayıdın.
situation-minefield-remember = Köməyi gözləmək təkbaşına çıxmağa çalışmaqdan təhlükəsizdir. Kömək gələnə qədər yerinizdən tərpənməyin.
situation-injured = Minalanmış ərazidə kimsə yaralandı
situation-injured-when = Kimsə tarlada, cığırda və ya binada partlayışdan yaralanıb.
situation-injured-do-not-run = Onun yanına qaçmayın. Sakit olun: bir mina partlayan yerdə başqa minalar da ola bilər.
situation-injured-talk = Onunla danışın: deyin ki, tərpənməsin, kömək yoldadır. Bacarırsa, qanaxmanı özü dayandırsın. Bunu necə edəcəyini olduğunuz yerdən ona deyin.
situation-injured-call = 112 nömrəsinə zəng edin: kiminsə minaya düşdüyünü və harada olduğunu deyin. Təcili tibbi yardım da çağırın (103 və ya 113).
situation-injured-note = Vaxtı, yeri və neçə nəfərin yaralandığını yadda saxlayın. Zəng edəndə bunları deyin.
situation-injured-keep-others-out = Minaaxtaran olmayan heç kəsi oraya buraxmayın, kömək etmək istəsə belə.
situation-injured-remember = Kömək etməyə gedənlər də yaralanıb. 2022-ci il dekabrın 14-də Kəlbəcər rayonunun Çıraq kəndində dörd işçi minaya düşüb yaralandı. Onları çıxarmağa gedən dörd hərbçidən biri həlak oldu, üçü yaralandı.

## Zəng edəndə: operatora nə demək lazımdır və "Mən haradayam?" (src/safety/view/when_you_call.rs;
## static/phone.js { $lat }, { $lon }, { $metres } və { $time } yerinə rəqəmləri yazır).

call-heading = Zəng edəndə
call-checklist-intro = Operatora bunları deyin:
call-checklist-what = Nə gördünüz? Əşya, xəbərdarlıq nişanı, məftil, partlayış.
call-checklist-where = Bu haradadır? Rayon, kənd, yol və yaxınlıqda gözə çarpan bir şey (ağac, dirək, bina).
call-checklist-when = Bu nə vaxt oldu, ya da siz onu nə vaxt gördünüz?
call-checklist-hurt = Yaralanan varmı? Neçə nəfər?
where-heading = Mən haradayam?
where-intro = Telefonunuz harada olduğunuzu burada göstərə bilər. GPS internet olmadan da işləyir, amma bu halda yerinizi tapmaq daha uzun çəkə bilər. Səhifə yerinizi yadda saxlamır və heç yerə göndərmir: onu yalnız özünüz aşağıdakı düymələrlə göndərə bilərsiniz.
where-needs-script = Bu telefonda səhifə yerinizi göstərə bilmir: bu brauzerdə bunun üçün lazım olan düymə işləmir.
where-instead = Onda operatora kəndi, yolu və yaxınlıqda gözə çarpan bir şeyi deyin.
where-button = Yerimi göstər
where-looking = Yeriniz axtarılır. Bu bir az çəkə bilər.
where-denied = Telefon bu səhifəyə yerinizi öyrənməyə icazə vermədi. Telefonun və ya brauzerin ayarlarında bu sayta icazə verə bilərsiniz.
where-unavailable = Telefon yerinizi tapa bilmədi. Olduğunuz yerdə yenidən cəhd edin: minalanmış ərazidəsinizsə, yerinizdən tərpənməyin.
where-timeout = Yerinizi tapmaq çox uzun çəkdi. Olduğunuz yerdə yenidən cəhd edin: minalanmış ərazidəsinizsə, yerinizdən tərpənməyin.
where-unsupported = Bu brauzer yerinizi göstərə bilmir.
where-insecure = Yerinizi yalnız saytın https:// ilə başlayan təhlükəsiz ünvanında görmək olar.
where-latitude = Coğrafi enlik
where-longitude = Coğrafi uzunluq
where-dms = Dərəcə, dəqiqə və saniyə ilə
where-north = şm. e.
where-south = c. e.
where-east = ş. u.
where-west = q. u.
where-accuracy = Dəqiqlik
where-accuracy-value = { $metres } m-ə qədər
where-time = Təyin olunma vaxtı
where-read-out = Bu rəqəmləri operatora yavaş-yavaş oxuyun.
where-share = Paylaş
where-copy = Kopyala
where-copied = Kopyalandı. Onu mesaja yapışdıra bilərsiniz.
where-sms = SMS ilə göndər
where-sms-note = SMS seçdiyiniz adama, məsələn, qohumunuza gedəcək. Təhlükə barədə xəbər vermək üçün zəng edin.
where-message = Olduğum yer: { $lat }, { $lon } ({ $metres } m-ə qədər dəqiqliklə), saat { $time }.
