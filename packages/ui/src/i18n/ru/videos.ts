import type { videos as en } from "../en/videos";

/** Trainer videos: upload, transcoding, playback. */
export const videos: Record<keyof typeof en, string> = {
  "videos.title": "Мои видео",
  "videos.lead":
    "Загружайте видео MP4, WebM или MOV до {max}. Мы подготовим их для показа, после чего их можно добавить в шаги.",
  "videos.uploadTitle": "Загрузить видео",
  "videos.file": "Файл видео",
  "videos.name": "Название",
  "videos.upload": "Загрузить",
  "videos.cancel": "Отменить загрузку",
  "videos.resumeHint":
    "Загрузка «{name}» прервалась. Выберите тот же файл ещё раз, чтобы продолжить с места остановки.",
  "videos.discard": "Забыть",
  "videos.progress": "Ход загрузки",
  "videos.uploading": "Загрузка… {percent}%",
  "videos.reconnecting": "Связь потеряна, пробуем снова…",
  "videos.uploaded": "Загружено. Обработка скоро начнётся.",
  "videos.cancelled": "Загрузка отменена.",
  "videos.tooLarge": "Файл больше {max}.",
  "videos.badType": "Выберите видео MP4, WebM или MOV.",
  "videos.failedUpload": "Загрузка не удалась: {reason}",
  "videos.status.UPLOADING": "Загружается",
  "videos.status.QUEUED": "В очереди",
  "videos.status.TRANSCODING": "Обработка {percent}%",
  "videos.status.READY": "Готово",
  "videos.status.FAILED": "Ошибка",
  "videos.retry": "Повторить",
  "videos.delete": "Удалить",
  "videos.deleteConfirm": "Удалить «{name}»? Шаги, где оно используется, останутся без видео.",
  "videos.preview": "Посмотреть",
  "videos.hidePreview": "Скрыть просмотр",
  "videos.empty": "Видео пока нет.",
  "videos.duration": "Длительность {time}",
  "videos.playError": "Это видео сейчас нельзя воспроизвести.",
  "videos.list": "Загруженные видео",
};
