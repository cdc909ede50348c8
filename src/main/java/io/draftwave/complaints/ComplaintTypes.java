package io.draftwave.complaints;

import java.util.List;

/**
 * The kinds of fictional complaints of 한빛광역시 and the planted emerging kind. Seasonal
 * kinds (snow in the first quarter, mosquitoes and heat in the third, fallen leaves in
 * the fourth) make terms rise every year in the same quarter, which emerging-issue
 * detection must not report.
 */
final class ComplaintTypes {

	static final String ROAD = "도로·교통";

	static final String PARKING = "주차";

	static final String CLEANING = "환경·청소";

	static final String NOISE = "소음";

	static final String PARKS = "공원·녹지";

	static final String FACILITIES = "가로등·시설물";

	static final String WATER = "상하수도";

	static final String SIGNS = "불법광고물";

	static final String HEALTH = "보건·위생";

	// @formatter:off
	static final List<ComplaintType> ALL = List.of(
			new ComplaintType("포트홀", ROAD, "도로과", 4, List.of("포트홀", "도로 파임", "움푹 파인 곳"),
					List.of("{s}[이/가] 생겼", "{s}[이/가] 크게 나 있", "아스팔트가 깨져서 {s}[이/가] 생겼", "{s}[이/가] 점점 커지고 있"),
					List.of("차량 바퀴가 빠질 뻔했습니다", "오토바이 운전자가 넘어질 위험이 있습니다", "비가 오면 물웅덩이가 됩니다", "타이어 손상이 걱정됩니다"),
					List.of("교차로 부근", "버스정류장 앞", "횡단보도 옆 차로", "우회전 차로"), 0),
			new ComplaintType("보도블록 파손", ROAD, "도로과", 6, List.of("보도블록", "인도 블록", "보도"),
					List.of("{s}[이/가] 깨져 있", "{s}[이/가] 들떠서 흔들리", "{s}[이/가] 솟아올라 있"),
					List.of("어르신들이 걸려 넘어질 수 있습니다", "유모차가 다니기 힘듭니다", "휠체어 통행이 어렵습니다", "아이들이 넘어질까 걱정입니다"),
					List.of("상가 앞 인도", "초등학교 통학로", "지하철역 출구 앞", "공원 입구 인도"), 0),
			new ComplaintType("신호등 고장", ROAD, "교통행정과", 2, List.of("신호등", "보행자 신호등", "교통 신호기"),
					List.of("{s}[이/가] 꺼져 있", "{s}[이/가] 계속 깜빡이", "{s} 신호 시간이 너무 짧"),
					List.of("보행자가 길을 건너기 위험합니다", "차량들이 뒤엉켜 사고가 날 뻔했습니다", "어르신들이 다 건너지 못합니다"),
					List.of("사거리 횡단보도", "학교 앞 횡단보도", "삼거리 교차로"), 0),
			new ComplaintType("불법주차", PARKING, "교통행정과", 3, List.of("불법 주차 차량", "불법주차", "주차 위반 차량"),
					List.of("{s}[이/가] 매일 세워져 있", "{s} 때문에 길이 막혀 있", "{s}[이/가] 소화전 앞을 막고 있"),
					List.of("소방차 진입이 어려울 것 같습니다", "차가 지나갈 수가 없습니다", "아이들이 차 사이로 튀어나와 위험합니다", "출차를 못 하고 있습니다"),
					List.of("골목길 입구", "어린이보호구역", "아파트 후문 도로", "상가 이면도로"), 0),
			new ComplaintType("장애인 주차구역", PARKING, "교통행정과", 5, List.of("장애인 주차구역", "장애인 전용 주차면"),
					List.of("{s}에 일반 차량이 주차되어 있", "{s}[을/를] 물건으로 막아 두었"),
					List.of("정작 장애인 차량이 주차를 못 합니다", "단속이 전혀 되지 않습니다"),
					List.of("주민센터 주차장", "대형마트 주차장", "복지관 주차장"), 0),
			new ComplaintType("쓰레기 무단투기", CLEANING, "청소행정과", 3, List.of("쓰레기 무단투기", "쓰레기 더미", "생활 쓰레기"),
					List.of("{s}[이/가] 쌓여 있", "밤마다 {s}[이/가] 반복되", "{s}[이/가] 방치되어 있"),
					List.of("악취가 심해서 창문을 못 엽니다", "고양이들이 봉투를 뜯어 놓습니다", "미관상 너무 좋지 않습니다", "벌레가 꼬입니다"),
					List.of("전봇대 밑", "빌라 담벼락 옆", "공터 입구", "분리수거장 옆"), 0),
			new ComplaintType("음식물 수거", CLEANING, "청소행정과", 2, List.of("음식물 쓰레기통", "음식물 수거함"),
					List.of("{s}[이/가] 며칠째 수거되지 않", "{s}[이/가] 넘쳐 흐르"),
					List.of("악취 때문에 지나다니기 힘듭니다", "여름이라 냄새가 더 심합니다"),
					List.of("아파트 분리수거장", "골목 수거함 앞"), 0),
			new ComplaintType("낙엽", CLEANING, "청소행정과", 3, List.of("낙엽", "가로수 낙엽"),
					List.of("{s}[이/가] 수북이 쌓여 있", "{s}[이/가] 빗물받이를 막고 있"),
					List.of("미끄러워서 넘어질 뻔했습니다", "비가 오면 배수가 안 됩니다"),
					List.of("가로수길 인도", "버스정류장 주변"), 4),
			new ComplaintType("공사장 소음", NOISE, "환경관리과", 5, List.of("공사장 소음", "공사 소음", "건설 현장 소음"),
					List.of("이른 아침부터 {s}[이/가] 심하", "주말에도 {s}[이/가] 계속되", "{s}[과/와] 진동이 심하"),
					List.of("잠을 잘 수가 없습니다", "아이가 놀라서 깹니다", "재택근무를 할 수 없습니다"),
					List.of("신축 공사 현장", "재건축 공사장"), 0),
			new ComplaintType("층간·생활 소음", NOISE, "환경관리과", 7, List.of("생활 소음", "확성기 소음", "영업장 음악 소리"),
					List.of("밤늦게까지 {s}[이/가] 들리", "{s}[이/가] 너무 크"),
					List.of("밤잠을 설치고 있습니다", "수험생이 공부를 못 합니다"),
					List.of("상가 건물", "먹자골목"), 0),
			new ComplaintType("공원 시설 파손", PARKS, "공원녹지과", 8, List.of("놀이기구", "공원 벤치", "운동기구"),
					List.of("{s}[이/가] 부서져 있", "{s}[이/가] 녹슬어서 위험하", "{s} 나사가 빠져 있"),
					List.of("아이들이 다칠까 봐 걱정됩니다", "이용하는 어르신들이 불안해합니다"),
					List.of("어린이 놀이터", "공원 산책로", "근린공원 운동장"), 0),
			new ComplaintType("가로수 정비", PARKS, "공원녹지과", 10, List.of("가로수", "가로수 가지", "나뭇가지"),
					List.of("{s}[이/가] 간판과 전선을 가리고 있", "{s}[이/가] 부러져 매달려 있", "{s}[이/가] 인도 쪽으로 기울어 있"),
					List.of("지나가다 머리를 부딪힐 것 같습니다", "태풍이 오면 쓰러질까 걱정입니다"),
					List.of("대로변 인도", "학교 담장 옆"), 0),
			new ComplaintType("가로등 고장", FACILITIES, "도로과", 4, List.of("가로등", "보안등", "가로등 불"),
					List.of("{s}[이/가] 꺼져 있", "{s}[이/가] 깜빡거리", "{s}[이/가] 켜지지 않"),
					List.of("밤길이 너무 어둡습니다", "여성들이 다니기 무섭다고 합니다", "야간에 보행자가 잘 보이지 않습니다"),
					List.of("골목길 안쪽", "공원 산책로 입구", "아파트 뒤편 길"), 0),
			new ComplaintType("도로 시설물", FACILITIES, "도로과", 6, List.of("볼라드", "도로 표지판", "방호울타리"),
					List.of("{s}[이/가] 휘어져 있", "{s}[이/가] 넘어져 있", "{s}[이/가] 떨어져 나갔"),
					List.of("보행자가 걸려 넘어질 수 있습니다", "차량 사고가 날 수 있습니다"),
					List.of("횡단보도 앞", "인도 경계석 옆"), 0),
			new ComplaintType("하수구 악취", WATER, "치수과", 5, List.of("하수구", "빗물받이", "맨홀"),
					List.of("{s}에서 악취가 올라오", "{s}[이/가] 막혀 물이 고이", "{s} 뚜껑이 덜컹거리"),
					List.of("여름철 냄새가 참기 힘듭니다", "비가 오면 도로가 잠깁니다", "상가 손님들이 불평합니다"),
					List.of("시장 골목", "상가 앞 도로", "주택가 이면도로"), 0),
			new ComplaintType("누수", WATER, "수도사업소", 3, List.of("수도관", "상수도관", "계량기"),
					List.of("{s}에서 물이 새", "{s} 주변 도로에 물이 솟아나"),
					List.of("겨울에는 얼어서 미끄럽습니다", "수도 요금이 걱정됩니다"),
					List.of("주택 앞 도로", "빌라 입구"), 0),
			new ComplaintType("불법 현수막", SIGNS, "도시디자인과", 3, List.of("불법 현수막", "현수막", "불법 전단지"),
					List.of("{s}[이/가] 잔뜩 걸려 있", "{s}[이/가] 신호등을 가리고 있", "{s}[이/가] 매일 붙어 있"),
					List.of("운전할 때 시야를 가립니다", "거리가 지저분해 보입니다"),
					List.of("교차로 가로등", "육교 난간", "버스정류장 기둥"), 0),
			new ComplaintType("제설", ROAD, "도로과", 2, List.of("제설", "눈 치우기", "빙판길"),
					List.of("{s}[이/가] 전혀 안 되어 있", "{s} 작업이 늦어지"),
					List.of("출근길에 미끄러져 넘어질 뻔했습니다", "차량이 언덕을 못 올라갑니다"),
					List.of("언덕길", "버스정류장 앞 인도", "이면도로 경사로"), 1),
			new ComplaintType("모기 방역", HEALTH, "보건소", 4, List.of("모기", "해충", "날벌레"),
					List.of("{s}[이/가] 너무 많", "{s} 방역이 안 되어 있"),
					List.of("밤에 잠을 못 자겠습니다", "아이들이 물려서 고생합니다"),
					List.of("하천변 산책로", "공원 연못 주변"), 3),
			new ComplaintType("폭염 그늘막", HEALTH, "안전총괄과", 6, List.of("그늘막", "무더위 쉼터"),
					List.of("{s}[이/가] 부족하", "{s}[이/가] 접힌 채로 있"),
					List.of("폭염에 어르신들이 힘들어하십니다", "신호 대기 중에 더위를 피할 곳이 없습니다"),
					List.of("횡단보도 대기 공간", "버스정류장 주변"), 3));

	/**
	 * The planted emerging kind: rare in the background, frequent in the last quarter of
	 * the planted set. Its subjects all hold {@link #EMERGING_TERM}.
	 */
	static final ComplaintType EMERGING = new ComplaintType("공유 자전거 방치", ROAD, "교통행정과", 3,
			List.of("공유 자전거", "공유자전거", "대여 자전거"),
			List.of("{s}[이/가] 인도 한가운데 쓰러져 있", "{s}[이/가] 아무 데나 세워져 있", "{s}[이/가] 점자블록 위에 방치되어 있"),
			List.of("시각장애인이 걸려 넘어질 수 있습니다", "보행자가 피해 다녀야 합니다", "유모차가 지나갈 수 없습니다"),
			List.of("지하철역 출구 앞", "버스정류장 옆 인도", "상가 앞 인도"), 0);
	// @formatter:on

	/** The Nori noun every planted emerging complaint holds. */
	static final String EMERGING_TERM = "자전거";

	private ComplaintTypes() {
	}

}
