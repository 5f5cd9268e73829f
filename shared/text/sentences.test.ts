import { describe, expect, it } from 'vitest';
import { firstSentences, splitSentences } from './sentences';

/** Leads written the way the province's portal writes them, each with the sentences it holds. */
const LEADS: [string, string[]][] = [
  [
    'Sáng 13/7, UBND tỉnh tổ chức hội nghị giao ban KT-XH 6 tháng đầu năm. Chủ tịch UBND tỉnh chủ trì hội nghị.',
    [
      'Sáng 13/7, UBND tỉnh tổ chức hội nghị giao ban KT-XH 6 tháng đầu năm.',
      'Chủ tịch UBND tỉnh chủ trì hội nghị.',
    ],
  ],
  [
    'Đoàn công tác của TP. HCM đã làm việc với tỉnh Kiên Giang về hợp tác du lịch. Hai bên thống nhất nhiều nội dung.',
    [
      'Đoàn công tác của TP. HCM đã làm việc với tỉnh Kiên Giang về hợp tác du lịch.',
      'Hai bên thống nhất nhiều nội dung.',
    ],
  ],
  [
    'Tổng thu ngân sách đạt 1.245,5 tỷ đồng, tăng 12,3% so với cùng kỳ. Chi ngân sách bảo đảm đúng dự toán.',
    [
      'Tổng thu ngân sách đạt 1.245,5 tỷ đồng, tăng 12,3% so với cùng kỳ.',
      'Chi ngân sách bảo đảm đúng dự toán.',
    ],
  ],
  [
    'Th.S Nguyễn Văn Hùng, Giám đốc Sở Y tế cho biết ngành đã tiêm hơn 20.000 liều vắc-xin. Công tác phòng dịch được duy trì.',
    [
      'Th.S Nguyễn Văn Hùng, Giám đốc Sở Y tế cho biết ngành đã tiêm hơn 20.000 liều vắc-xin.',
      'Công tác phòng dịch được duy trì.',
    ],
  ],
  [
    'ThS. Lê Thị Mai trình bày báo cáo tham luận tại hội thảo. Hội thảo kết thúc lúc 17 giờ.',
    ['ThS. Lê Thị Mai trình bày báo cáo tham luận tại hội thảo.', 'Hội thảo kết thúc lúc 17 giờ.'],
  ],
  [
    'Phát biểu tại buổi làm việc, đồng chí Bí thư nhấn mạnh: “Phải làm quyết liệt. Không để chậm trễ.” Các sở, ngành ghi nhận ý kiến chỉ đạo.',
    [
      'Phát biểu tại buổi làm việc, đồng chí Bí thư nhấn mạnh: “Phải làm quyết liệt. Không để chậm trễ.”',
      'Các sở, ngành ghi nhận ý kiến chỉ đạo.',
    ],
  ],
  [
    'Ông Trần Văn Bé nói: "Người dân rất phấn khởi. Đường sá nay đã khang trang." Xã dự kiến về đích nông thôn mới trong năm 2026.',
    [
      'Ông Trần Văn Bé nói: "Người dân rất phấn khởi. Đường sá nay đã khang trang."',
      'Xã dự kiến về đích nông thôn mới trong năm 2026.',
    ],
  ],
  [
    'Hội nghị có sự tham dự của PGS. TS Nguyễn Minh Tâm (Trường ĐH Cần Thơ. Khoa Kinh tế) và đại diện các sở. Hội nghị diễn ra trong 1 ngày.',
    [
      'Hội nghị có sự tham dự của PGS. TS Nguyễn Minh Tâm (Trường ĐH Cần Thơ. Khoa Kinh tế) và đại diện các sở.',
      'Hội nghị diễn ra trong 1 ngày.',
    ],
  ],
  [
    'Ngày 05/02/2026, tại P. Vĩnh Thanh, Tp. Rạch Giá, đoàn kiểm tra đã làm việc với hộ ông Nguyễn V. An. Kết quả được báo cáo UBND thành phố.',
    [
      'Ngày 05/02/2026, tại P. Vĩnh Thanh, Tp. Rạch Giá, đoàn kiểm tra đã làm việc với hộ ông Nguyễn V. An.',
      'Kết quả được báo cáo UBND thành phố.',
    ],
  ],
  [
    'Sản lượng lúa đạt hơn 4,2 triệu tấn! Đây là mức cao nhất từ trước đến nay? Ngành nông nghiệp khẳng định là đúng.',
    [
      'Sản lượng lúa đạt hơn 4,2 triệu tấn!',
      'Đây là mức cao nhất từ trước đến nay?',
      'Ngành nông nghiệp khẳng định là đúng.',
    ],
  ],
  [
    'Các mặt hàng như lúa gạo, thủy sản, trái cây… đều tăng giá. Xuất khẩu 6 tháng đạt 450,8 triệu USD.',
    [
      'Các mặt hàng như lúa gạo, thủy sản, trái cây… đều tăng giá.',
      'Xuất khẩu 6 tháng đạt 450,8 triệu USD.',
    ],
  ],
  [
    'Theo Quyết định số 1234/QĐ-UBND ngày 13/7/2020 của UBND tỉnh, dự án được phê duyệt. Tổng vốn là 3.500 tỷ đồng.',
    [
      'Theo Quyết định số 1234/QĐ-UBND ngày 13/7/2020 của UBND tỉnh, dự án được phê duyệt.',
      'Tổng vốn là 3.500 tỷ đồng.',
    ],
  ],
  [
    'Giá trị tăng thêm khu vực công nghiệp ước tăng 8,5%. 9 tháng, toàn tỉnh có 120 doanh nghiệp thành lập mới.',
    [
      'Giá trị tăng thêm khu vực công nghiệp ước tăng 8,5%. 9 tháng, toàn tỉnh có 120 doanh nghiệp thành lập mới.',
    ],
  ],
  [
    'Đoàn đến thăm Trường THPT chuyên Huỳnh Mẫn Đạt lúc 8 giờ sáng.',
    ['Đoàn đến thăm Trường THPT chuyên Huỳnh Mẫn Đạt lúc 8 giờ sáng.'],
  ],
];

describe('splitSentences: real-looking leads', () => {
  it.each(LEADS)('%s', (lead, sentences) => {
    expect(splitSentences(lead)).toEqual(sentences);
  });

  it('ends a sentence at a paragraph break, even without a period', () => {
    expect(splitSentences('Quang cảnh hội nghị\n\nHội nghị bắt đầu lúc 8 giờ.')).toEqual([
      'Quang cảnh hội nghị',
      'Hội nghị bắt đầu lúc 8 giờ.',
    ]);
  });

  it('reads decomposed (NFD) text and answers in NFC', () => {
    const [first] = splitSentences('Hội nghị KT-XH. Kết thúc.'.normalize('NFD'));
    expect(first).toBe('Hội nghị KT-XH.');
  });
});

describe('firstSentences', () => {
  it('takes two sentences, cut on a sentence boundary', () => {
    const body =
      'Sáng 13/7, tại TP. HCM, hội nghị khai mạc. Có 200 đại biểu dự. Hội nghị kéo dài hai ngày.';
    expect(firstSentences(body, 2)).toBe(
      'Sáng 13/7, tại TP. HCM, hội nghị khai mạc. Có 200 đại biểu dự.',
    );
  });

  it('takes the second sentence from the next paragraph when the first is one sentence', () => {
    expect(firstSentences('Câu một.\n\nCâu hai. Câu ba.', 2)).toBe('Câu một. Câu hai.');
  });

  it('answers empty for empty text', () => {
    expect(firstSentences('', 2)).toBe('');
  });
});
