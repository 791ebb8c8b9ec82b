import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { campaignCsv, type CsvSeparator } from '../../../lib/export/csv';
import { buildCampaignExport } from '../../../lib/export/rows';
import { nodeI18n } from '../../../lib/i18n/node';
import { variedCampaign } from './varied-campaign';

/**
 * The campaign CSV byte for byte, pinned on a varied campaign (varied-campaign.ts) with the output of
 * the export as it was before its speed work (main at 16b29a9): the faster export must write the very
 * same file. Eight creators are pinned line by line; 500 creators of four campaigns (each language and
 * separator) by their SHA-256.
 */

async function exported(count: number, variant: number, language: 'en' | 'az', separator: CsvSeparator, totals: boolean): Promise<string> {
  const { campaign, data } = variedCampaign(count, variant);
  return campaignCsv(buildCampaignExport(campaign, data), { i18n: nodeI18n(language), separator, totals, chunk: 3 });
}

const ENGLISH_COMMA_LINES = [
  '﻿"Name","Handle","Platform","Followers","Engagement rate, %","Authenticity score","Brand fit score","Overall score","Overall: confidence","Engagement: confidence","Authenticity: confidence","Brand fit: confidence","Engagement rate per","Overall from","Outreach status","Tags","Notes","Explained flags","Collaboration model","Posts","Fee per post","Commission, %","Product value","Cost","Expected reach","Reach from","Expected impressions","Expected engagements","CPM","CPE","Currency","Promo code","Tracking link","Profile","Last visit (UTC)"',
  ',"aysel.m","Instagram",,,,,,"high","medium","none","low",,,"To contact",,,,"Fee per post",1,,,,,,,,,,,"USD","OWN-0","https://shop.example/spring?utm_source=instagram&ref=1&utm_medium=influencer&utm_campaign=yay-kampaniyasi-e&utm_content=aysel.m#buy",,"2026-02-02 10:00"',
  '"\'=HYPERLINK(""x"")","İLKİN_99","TikTok",1497,0.01,7,11,1,,,,,,,"Contacted","#beauty #=tag1","note ""1""; =SUM(A1)',
  '\'@x, -y",,"Commission",4,23.37,1.50,1.25,0.04,4131,"views",16524,5484,0.00,0.0000,"USD","ILKIN99YAYKAMPANI","https://shop.example/spring?utm_source=tiktok&ref=1&utm_medium=influencer&utm_campaign=yay-kampaniyasi-e&utm_content=i%CC%87lki%CC%87n_99#buy","https://www.tiktok.com/@%C4%B0LK%C4%B0N_99?q=1#top","2026-02-02 10:00"',
  '"Ömər ""the"" İsmayılov","ə_ı_ö","YouTube",2494,0.02,14,22,2,"low","none","medium","high","follower","engagement + reach + authenticity","Negotiating","#beauty #=tag2 #gözəllik","note ""2""; =SUM(A1)',
  '\'@x, -y","comments: bots ""fine"" | follower-spike: =checked 2","Barter",4,36.74,2.50,2.25,2.25,7616,"views",30462,10504,0.07,0.0002,"USD","EIOYAYKAMPANI","https://shop.example/spring?utm_source=youtube&ref=1&utm_medium=influencer&utm_campaign=yay-kampaniyasi-e&utm_content=%C9%99_%C4%B1_%C3%B6#buy","https://www.youtube.com/@%C9%99_%C4%B1_%C3%B6?q=2#top","2026-02-02 10:00"',
  '"\'+994 50","x=1","Instagram",3491,0.03,21,,3,"none","high","low",,,"engagement + reach + authenticity + brand fit","Confirmed","#beauty","note ""3""; =SUM(A1)',
  '\'@x, -y",,"Fee per post",4,50.11,3.50,3.25,200.44,1317,"estimate",5268,,38.05,,"USD","X1YAYKAMPANI","https://shop.example/spring?utm_source=instagram&ref=1&utm_medium=influencer&utm_campaign=yay-kampaniyasi-e&utm_content=x%3D1#buy","https://www.instagram.com/@x%3D1?q=3#top","2026-02-01 00:00"',
  '"\'-minus","with space","TikTok",4488,0.04,,44,4,"high","medium","none","low","view",,"Declined",,"note ""4""; =SUM(A1)',
  '\'@x, -y",,"Commission",2,,4.50,4.25,0.54,,,,,,,"USD","WITHSPACEYAYKAMPANI","https://shop.example/spring?utm_source=tiktok&ref=1&utm_medium=influencer&utm_campaign=yay-kampaniyasi-e&utm_content=with+space#buy","https://example.com/with%20space",',
  ',"UPPER.Case","YouTube",,,,,,,,,,,,,,,,"Barter",3,76.85,,5.25,5.25,18069,"views",54207,4437,0.10,0.0012,"USD","UPPERCASEYAYKAMPANI","https://shop.example/spring?utm_source=youtube&ref=1&utm_medium=influencer&utm_campaign=yay-kampaniyasi-e&utm_content=upper.case#buy","https://www.youtube.com/@UPPER.Case?q=5#top","2026-02-02 10:00"',
  '"Ana[U+202E]gnp","joiner[U+200D]x","Instagram",6482,0.06,42,,6,"low","none","medium","high",,"engagement + reach + authenticity","Contacted","#beauty","note ""6""; =SUM(A1)',
  '\'@x, -y",,"Fee per post",4,90.22,6.50,6.25,360.88,21200,"views",84800,10486,4.26,0.0344,"USD","JOINERXYAYKAMPANI","https://shop.example/spring?utm_source=instagram&ref=1&utm_medium=influencer&utm_campaign=yay-kampaniyasi-e&utm_content=joiner%E2%80%8Dx#buy","https://www.instagram.com/@joiner%E2%80%8Dx?q=6#top","2026-02-02 10:00"',
  '"Zerowidth","rtl[U+200F]mark","TikTok",7479,0.07,49,77,7,,,,,,,"Negotiating","#beauty #=tag1","note ""7""; =SUM(A1)',
  '\'@x, -y",,"Commission",4,103.59,7.50,,1.57,24331,"views",97324,18320,0.02,0.0001,"USD","RTLMARKYAYKAMPANI","https://shop.example/spring?utm_source=tiktok&ref=1&utm_medium=influencer&utm_campaign=yay-kampaniyasi-e&utm_content=rtl%E2%80%8Fmark#buy",,"2026-02-01 00:00"',
  '"Total",,,,,,,,,,,,,,,,,,,26,,,,570.98,76664,,288585,49231,1.98,0.0075,"USD",,,,',
  '',
];

const AZERBAIJANI_SEMICOLON_LINES = [
  '﻿"Ad";"İstifadəçi adı";"Platforma";"İzləyicilər";"İştirak səviyyəsi, %";"Həqiqilik balı";"Brend uyğunluğu balı";"Ümumi bal";"Ümumi bal: əminlik";"İştirak: əminlik";"Həqiqilik: əminlik";"Brend uyğunluğu: əminlik";"İştirak səviyyəsi hesablanır";"Ümumi bal nəyə əsaslanır";"Əlaqə statusu";"Teqlər";"Qeydlər";"İzah edilmiş əlamətlər";"Əməkdaşlıq modeli";"Post";"Post başına ödəniş";"Satışdan faiz, %";"Məhsulun dəyəri";"Xərc";"Gözlənilən reach";"Reach mənbəyi";"Gözlənilən impressions";"Gözlənilən reaksiyalar";"CPM";"CPE";"Valyuta";"Promo kod";"İzləmə linki";"Profil";"Son ziyarət (UTC)"',
  ';"aysel.m";"Instagram";;;;;;"yüksək";"orta";"yoxdur";"aşağı";;;"Yazılmayıb";;;;"Post başına ödəniş";1;;;;;;;;;;;"AZN";"OWN-0";"https://xn--maaza-l1a.example/yaz?utm_source=instagram&utm_medium=influencer&utm_campaign=cmd-x&utm_content=aysel.m";;"2026-02-02 10:00"',
  '"\'=HYPERLINK(""x"")";"İLKİN_99";"TikTok";1497;0,01;7;11;1;;;;;;;"Yazılıb";"#beauty #=tag1";"note ""1""; =SUM(A1)',
  '\'@x, -y";;"Satışdan faiz";4;23,37;1,50;1,25;0,04;4131;"baxışlar";16524;5484;0,00;0,0000;"AZN";"TI-2-ILKIN99";"https://xn--maaza-l1a.example/yaz?utm_source=tiktok&utm_medium=influencer&utm_campaign=cmd-x&utm_content=i%CC%87lki%CC%87n_99";"https://www.tiktok.com/@%C4%B0LK%C4%B0N_99?q=1#top";"2026-02-02 10:00"',
  '"Ömər ""the"" İsmayılov";"ə_ı_ö";"YouTube";2494;0,02;14;22;2;"aşağı";"yoxdur";"orta";"yüksək";"izləyiciyə görə";"iştirak + reach + həqiqilik";"Danışıqda";"#beauty #=tag2 #gözəllik";"note ""2""; =SUM(A1)',
  '\'@x, -y";"comments: bots ""fine"" | follower-spike: =checked 2";"Barter";4;36,74;2,50;2,25;2,25;7616;"baxışlar";30462;10504;0,07;0,0002;"AZN";"YO-3-EIO";"https://xn--maaza-l1a.example/yaz?utm_source=youtube&utm_medium=influencer&utm_campaign=cmd-x&utm_content=%C9%99_%C4%B1_%C3%B6";"https://www.youtube.com/@%C9%99_%C4%B1_%C3%B6?q=2#top";"2026-02-02 10:00"',
  '"\'+994 50";"x=1";"Instagram";3491;0,03;21;;3;"yoxdur";"yüksək";"aşağı";;;"iştirak + reach + həqiqilik + brend uyğunluğu";"Razılaşıb";"#beauty";"note ""3""; =SUM(A1)',
  '\'@x, -y";;"Post başına ödəniş";4;50,11;3,50;3,25;200,44;1317;"təxmin";5268;;38,05;;"AZN";"IN-4-X1";"https://xn--maaza-l1a.example/yaz?utm_source=instagram&utm_medium=influencer&utm_campaign=cmd-x&utm_content=x%3D1";"https://www.instagram.com/@x%3D1?q=3#top";"2026-02-01 00:00"',
  '"\'-minus";"with space";"TikTok";4488;0,04;;44;4;"yüksək";"orta";"yoxdur";"aşağı";"baxışa görə";;"İmtina edib";;"note ""4""; =SUM(A1)',
  '\'@x, -y";;"Satışdan faiz";2;;4,50;4,25;0,54;;;;;;;"AZN";"TI-5-WITHSPACE";"https://xn--maaza-l1a.example/yaz?utm_source=tiktok&utm_medium=influencer&utm_campaign=cmd-x&utm_content=with+space";"https://example.com/with%20space";',
  ';"UPPER.Case";"YouTube";;;;;;;;;;;;;;;;"Barter";3;76,85;;5,25;5,25;18069;"baxışlar";54207;4437;0,10;0,0012;"AZN";"YO-6-UPPERCASE";"https://xn--maaza-l1a.example/yaz?utm_source=youtube&utm_medium=influencer&utm_campaign=cmd-x&utm_content=upper.case";"https://www.youtube.com/@UPPER.Case?q=5#top";"2026-02-02 10:00"',
  '"Ana[U+202E]gnp";"joiner[U+200D]x";"Instagram";6482;0,06;42;;6;"aşağı";"yoxdur";"orta";"yüksək";;"iştirak + reach + həqiqilik";"Yazılıb";"#beauty";"note ""6""; =SUM(A1)',
  '\'@x, -y";;"Post başına ödəniş";4;90,22;6,50;6,25;360,88;21200;"baxışlar";84800;10486;4,26;0,0344;"AZN";"IN-7-JOINERX";"https://xn--maaza-l1a.example/yaz?utm_source=instagram&utm_medium=influencer&utm_campaign=cmd-x&utm_content=joiner%E2%80%8Dx";"https://www.instagram.com/@joiner%E2%80%8Dx?q=6#top";"2026-02-02 10:00"',
  '"Zerowidth";"rtl[U+200F]mark";"TikTok";7479;0,07;49;77;7;;;;;;;"Danışıqda";"#beauty #=tag1";"note ""7""; =SUM(A1)',
  '\'@x, -y";;"Satışdan faiz";4;103,59;7,50;;1,57;24331;"baxışlar";97324;18320;0,02;0,0001;"AZN";"TI-8-RTLMARK";"https://xn--maaza-l1a.example/yaz?utm_source=tiktok&utm_medium=influencer&utm_campaign=cmd-x&utm_content=rtl%E2%80%8Fmark";;"2026-02-01 00:00"',
  '"Yekun";;;;;;;;;;;;;;;;;;;26;;;;570,98;76664;;288585;49231;1,98;0,0075;"AZN";;;;',
  '',
];

describe('campaignCsv pinned byte for byte', () => {
  it('writes eight varied creators in English with commas and a totals row exactly as before', async () => {
    expect((await exported(8, 0, 'en', ',', true)).split('\r\n')).toEqual(ENGLISH_COMMA_LINES);
  });

  it('writes eight varied creators in Azerbaijani with semicolons and a totals row exactly as before', async () => {
    expect((await exported(8, 1, 'az', ';', true)).split('\r\n')).toEqual(AZERBAIJANI_SEMICOLON_LINES);
  });

  it.each([
    [0, 'en', ',', '1f6f2d4076018426d54f7cf2cd703b28a0e3c6aa9e26e9c91cf8fa9f8bcf8c3b'],
    [1, 'az', ';', '96c5c69985b00cb83327ed8bb08ec85de214c9c1d0cd0e86027e819838a6cb13'],
    [2, 'az', ',', '73dfd97ddea71bdf097fbf9860e0fff3bf3d3335b4341c803cf38e58da1a6ae6'],
    [3, 'en', ';', 'e1c61b2b05039ab026951f318c30333a56cadf50a9baa0bf71f833e03edea88c'],
  ] as const)('writes 500 varied creators of campaign %s in %s with "%s" exactly as before', async (variant, language, separator, sha256) => {
    const text = await exported(500, variant, language, separator, variant % 2 === 0);
    expect(createHash('sha256').update(text).digest('hex')).toBe(sha256);
  });
});
